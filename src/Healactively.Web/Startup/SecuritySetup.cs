using Healactively.Web.Features.Accounts;
using Healactively.Web.Features.Care;
using Healactively.Web.Features.Email;
using Microsoft.AspNetCore.HostFiltering;

namespace Healactively.Web.Startup;

/// <summary>What protects every response: HSTS, the CSP-safe HTML generator, sign-in rate limits and security logs.</summary>
internal static class SecuritySetup
{
    public static IServiceCollection AddHealactivelySecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SecurityEvents>();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.IHtmlGenerator, CspSafeHtmlGenerator>();
        services.AddSignInRateLimiting(configuration);
        services.AddAllowedHostsFromBaseUrl(configuration);
        services.AddCodeGuessingLimits(configuration);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        // No "Server: Kestrel" on responses: nothing tells a scanner which server and version to look up.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options => options.AddServerHeader = false);
        return services;
    }

    /// <summary>
    /// <c>AllowedHosts</c> when set (hosts separated by <c>;</c>, <c>*</c> for any) wins; otherwise only the host of
    /// <c>App:BaseUrl</c> is answered and any other <c>Host</c> header gets 400, so no page ever sees a forged host.
    /// </summary>
    private static void AddAllowedHostsFromBaseUrl(this IServiceCollection services, IConfiguration configuration) =>
        // After the host's own defaults, which fall back to "*" when AllowedHosts is not configured.
        services.PostConfigure<HostFilteringOptions>(options =>
        {
            var baseUri = new AppLinkOptions { BaseUrl = configuration[$"{AppLinkOptions.Section}:{nameof(AppLinkOptions.BaseUrl)}"] ?? string.Empty }.BaseUri;
            if (string.IsNullOrWhiteSpace(configuration["AllowedHosts"]) && baseUri is not null)
            {
                options.AllowedHosts = [baseUri.IdnHost];
            }
        });
}
