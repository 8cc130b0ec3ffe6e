using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Healactively.Web.Startup;

/// <summary>
/// Every Identity, sign-in, token and cookie option of the app, in one place: Identity with roles, password rules and
/// hashing, lockout, the role policies (sign-in required everywhere but the pages marked anonymous), the token
/// providers, the session cookie and every other cookie the app sets.
/// </summary>
internal static class IdentitySetup
{
    public const string PatientPolicy = "Patient";
    public const string ClinicianPolicy = "Clinician";
    public const string AdminPolicy = "Admin";
    public const string SupporterPolicy = "Supporter";

    /// <summary>OWASP's 2023 advice for PBKDF2-HMAC-SHA512; stored hashes carry their count and older ones are upgraded at sign-in.</summary>
    public const int PasswordHashIterations = 210_000;

    public static IServiceCollection AddHealactivelyIdentity(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddDefaultIdentity<ApplicationUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>();
        // After AddDefaultIdentity: its default token providers configure the same map and would replace ours.
        services.Configure<IdentityOptions>(ConfigureTokenProviders);

        // A disabled account cannot sign in, whatever the sign-in path; security events are logged by the user manager.
        services.Replace(ServiceDescriptor.Scoped<SignInManager<ApplicationUser>, AccountSignInManager>());
        services.AddScoped(sp => (AccountSignInManager)sp.GetRequiredService<SignInManager<ApplicationUser>>());
        services.AddScoped<UserManager<ApplicationUser>, LoggingUserManager>();
        services.AddScoped<IPasswordValidator<ApplicationUser>, CommonPasswordValidator>();
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordHashIterations);
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = SessionLifetime.StampCheckInterval;
            options.OnRefreshingPrincipal = TwoFactorSignInClaim.KeepOnRefresh;
        });
        services.AddTransient<OneTimeAuthenticatorTokenProvider>();
        services.AddTransient<PasswordResetTokenProvider>();
        services.AddTransient<EmailConfirmationTokenProvider>();
        services.AddScoped<InvitationTokenProvider>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(PatientPolicy, p => p.RequireRole(Roles.Patient))
            .AddPolicy(ClinicianPolicy, p => p.RequireRole(Roles.Clinician))
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin))
            .AddPolicy(SupporterPolicy, p => p.RequireRole(Roles.Supporter));

        services.ConfigureApplicationCookie(options => ConfigureSessionCookie(options, environment));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ExternalScheme,
            options => Harden(options.Cookie, CookieName(environment, "External"), SameSiteMode.Lax, environment));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme,
            options => Harden(options.Cookie, CookieName(environment, "TwoFactor"), SameSiteMode.Strict, environment));
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme,
            options => Harden(options.Cookie, CookieName(environment, "TwoFactorRemember"), SameSiteMode.Strict, environment));
        services.AddAntiforgery(options => Harden(options.Cookie, CookieName(environment, "Antiforgery"), SameSiteMode.Strict, environment));
        services.Configure<CookieTempDataProviderOptions>(options => Harden(options.Cookie, CookieName(environment, "TempData"), SameSiteMode.Lax, environment));
        return services;
    }

    /// <summary>
    /// Every cookie the app sets is HttpOnly, SameSite, Path=/ and, outside Development, Secure with the
    /// <c>__Host-</c> prefix (which browsers only accept from https, without a Domain, for the whole site).
    /// Development serves plain http://localhost, where a Secure cookie would never come back.
    /// </summary>
    public static string CookieName(IHostEnvironment environment, string name) =>
        environment.IsDevelopment() ? $"Healactively.{name}" : $"__Host-Healactively.{name}";

    private static void ConfigureIdentity(IdentityOptions options)
    {
        options.SignIn.RequireConfirmedAccount = false;
        options.User.RequireUniqueEmail = true;
        options.Password.RequiredLength = NewPasswordAttribute.MinLength;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequiredUniqueChars = 1;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.Stores.MaxLengthForKeys = 128;
    }

    /// <summary>Email links that expire by the app's clock, one-time authenticator codes, and invitation links.</summary>
    private static void ConfigureTokenProviders(IdentityOptions options)
    {
        var providers = options.Tokens.ProviderMap;
        providers[TokenOptions.DefaultAuthenticatorProvider] = new TokenProviderDescriptor(typeof(OneTimeAuthenticatorTokenProvider));
        providers[PasswordResetTokenProvider.ProviderName] = new TokenProviderDescriptor(typeof(PasswordResetTokenProvider));
        providers[EmailConfirmationTokenProvider.ProviderName] = new TokenProviderDescriptor(typeof(EmailConfirmationTokenProvider));
        providers[InvitationTokenProvider.Name] = new TokenProviderDescriptor(typeof(InvitationTokenProvider));
        options.Tokens.AuthenticatorTokenProvider = TokenOptions.DefaultAuthenticatorProvider;
        options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.ProviderName;
        options.Tokens.EmailConfirmationTokenProvider = EmailConfirmationTokenProvider.ProviderName;
        options.Tokens.ChangeEmailTokenProvider = EmailConfirmationTokenProvider.ProviderName;
    }

    private static void ConfigureSessionCookie(CookieAuthenticationOptions options, IHostEnvironment environment)
    {
        options.LoginPath = "/Identity/Account/Login";
        options.AccessDeniedPath = "/Identity/Account/AccessDenied";
        Harden(options.Cookie, CookieName(environment, "Session"), SameSiteMode.Lax, environment);
        SessionLifetime.Apply(options);

        // A signed-in user on a page of another role gets a real 403 (shown by the error page), not a redirect; it is logged.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            var userId = context.HttpContext.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "anonymous";
            context.HttpContext.RequestServices.GetRequiredService<SecurityEvents>()
                .AccessDenied(userId, context.Request.Method, context.Request.Path);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
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
