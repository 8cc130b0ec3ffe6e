using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Hosting;

/// <summary>Identity with roles; sign-in required everywhere but the pages marked anonymous.</summary>
internal static class IdentitySetup
{
    public const string PatientPolicy = "Patient";
    public const string ClinicianPolicy = "Clinician";
    public const string AdminPolicy = "Admin";

    public static IServiceCollection AddHealactivelyIdentity(this IServiceCollection services)
    {
        services.AddDefaultIdentity<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Stores.MaxLengthForKeys = 128;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(PatientPolicy, p => p.RequireRole(Roles.Patient))
            .AddPolicy(ClinicianPolicy, p => p.RequireRole(Roles.Clinician))
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin));

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Identity/Account/Login";
            options.AccessDeniedPath = "/Identity/Account/AccessDenied";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;

            // A signed-in user on a page of another role gets a real 403 (shown by the error page), not a redirect.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        return services;
    }
}
