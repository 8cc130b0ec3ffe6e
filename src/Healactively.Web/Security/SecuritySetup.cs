using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Security;

/// <summary>Account protection: password rules and hashing, lockout, session lifetime, cookies, rate limits and security logs.</summary>
internal static class SecuritySetup
{
    /// <summary>OWASP's 2023 advice for PBKDF2-HMAC-SHA512; stored hashes carry their count and older ones are upgraded at sign-in.</summary>
    public const int PasswordHashIterations = 210_000;

    public static IServiceCollection AddHealactivelySecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton<SecurityEvents>();
        services.AddScoped<IPasswordValidator<Data.Entities.ApplicationUser>, CommonPasswordValidator>();
        services.AddScoped<UserManager<Data.Entities.ApplicationUser>, LoggingUserManager>();
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordHashIterations);
        services.Configure<IdentityOptions>(options =>
        {
            options.Lockout.MaxFailedAccessAttempts = 5;
            options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            options.Lockout.AllowedForNewUsers = true;
        });
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = SessionLifetime.StampCheckInterval;
            options.OnRefreshingPrincipal = Identity.TwoFactorSignInClaim.KeepOnRefresh;
        });
        services.AddSecureCookies(environment);
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.IHtmlGenerator, CspSafeHtmlGenerator>();
        services.ConfigureApplicationCookie(LogAccessDenied);
        services.AddSignInRateLimiting(configuration);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return services;
    }

    private static void LogAccessDenied(CookieAuthenticationOptions options)
    {
        var redirect = options.Events.OnRedirectToAccessDenied;
        options.Events.OnRedirectToAccessDenied = context =>
        {
            var userId = context.HttpContext.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "anonymous";
            context.HttpContext.RequestServices.GetRequiredService<SecurityEvents>()
                .AccessDenied(userId, context.Request.Method, context.Request.Path);
            return redirect(context);
        };
    }
}
