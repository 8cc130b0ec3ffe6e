using Healactively.Web.Features.Accounts;

namespace Healactively.Web.Startup;

/// <summary>What protects every response: HSTS, the CSP-safe HTML generator, sign-in rate limits and security logs.</summary>
internal static class SecuritySetup
{
    public static IServiceCollection AddHealactivelySecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SecurityEvents>();
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.IHtmlGenerator, CspSafeHtmlGenerator>();
        services.AddSignInRateLimiting(configuration);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });

        // No "Server: Kestrel" on responses: nothing tells a scanner which server and version to look up.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(options => options.AddServerHeader = false);
        return services;
    }
}
