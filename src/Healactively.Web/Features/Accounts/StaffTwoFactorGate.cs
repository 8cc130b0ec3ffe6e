using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Features.Accounts;

/// <summary>
/// Clinicians and admins must have two-factor authentication before they reach anything under /Clinician or
/// /Admin (whether or not the page exists): without it they are sent to set up an authenticator app. A session signed
/// in with a second factor skips the database read: turning two-factor off renews the security stamp, which ends it.
/// </summary>
internal sealed class StaffTwoFactorGate(RequestDelegate next, ILogger<StaffTwoFactorGate> logger)
{
    public const string EnrolmentPage = "/Identity/Account/Manage/TwoFactorAuthentication";

    private static readonly PathString[] StaffAreas = ["/Clinician", "/Admin"];

    public async Task InvokeAsync(HttpContext context, UserManager<ApplicationUser> users)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && (user.IsInRole(Roles.Clinician) || user.IsInRole(Roles.Admin))
            && StaffAreas.Any(area => context.Request.Path.StartsWithSegments(area, StringComparison.OrdinalIgnoreCase))
            && !TwoFactorSignInClaim.IsOn(user)
            && await users.GetUserAsync(user) is { } account
            && !await users.GetTwoFactorEnabledAsync(account))
        {
            TwoFactorLog.StaffSentToEnrol(logger, account.Id);
            context.Response.Redirect(EnrolmentPage);
            return;
        }

        await next(context);
    }
}

internal static class StaffTwoFactorGateExtensions
{
    /// <summary>After authentication (it reads the user) and before authorization.</summary>
    public static IApplicationBuilder UseStaffTwoFactorGate(this IApplicationBuilder app) => app.UseMiddleware<StaffTwoFactorGate>();
}
