using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Healactively.Web.Security;

/// <summary>
/// Every cookie the app sets is HttpOnly, SameSite, Path=/ and, outside Development, Secure with the
/// <c>__Host-</c> prefix (which browsers only accept from https, without a Domain, for the whole site).
/// Development serves plain http://localhost, where a Secure cookie would never come back.
/// </summary>
internal static class SecureCookies
{
    public static string Name(IHostEnvironment environment, string name) =>
        environment.IsDevelopment() ? $"Healactively.{name}" : $"__Host-Healactively.{name}";

    public static IServiceCollection AddSecureCookies(this IServiceCollection services, IHostEnvironment environment)
    {
        services.ConfigureApplicationCookie(options =>
        {
            Harden(options.Cookie, Name(environment, "Session"), SameSiteMode.Lax, environment);
            SessionLifetime.Apply(options);
        });
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme,
            options => Harden(options.Cookie, Name(environment, "External"), SameSiteMode.Lax, environment));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme,
            options => Harden(options.Cookie, Name(environment, "TwoFactor"), SameSiteMode.Strict, environment));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme,
            options => Harden(options.Cookie, Name(environment, "TwoFactorRemember"), SameSiteMode.Strict, environment));
        services.AddAntiforgery(options => Harden(options.Cookie, Name(environment, "Antiforgery"), SameSiteMode.Strict, environment));
        services.Configure<CookieTempDataProviderOptions>(options => Harden(options.Cookie, Name(environment, "TempData"), SameSiteMode.Lax, environment));
        return services;
    }

    private static void Harden(CookieBuilder cookie, string name, SameSiteMode sameSite, IHostEnvironment environment)
    {
        cookie.Name = name;
        cookie.HttpOnly = true;
        cookie.SameSite = sameSite;
        cookie.Path = "/";
        cookie.Domain = null;
        cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    }
}
