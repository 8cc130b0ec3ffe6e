using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Features.Accounts;

/// <summary>
/// Identity marks a sign-in completed with a second factor with the claim amr=mfa. The security-stamp check rebuilds the
/// principal from the database every minute and would drop it; it is copied across, as the stamp is unchanged.
/// </summary>
internal static class TwoFactorSignInClaim
{
    private const string Type = "amr";
    private const string MultiFactor = "mfa";

    public static bool IsOn(ClaimsPrincipal user) => user.HasClaim(Type, MultiFactor);

    public static Task KeepOnRefresh(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal is { } current && IsOn(current) && context.NewPrincipal?.Identity is ClaimsIdentity identity && !IsOn(context.NewPrincipal))
        {
            identity.AddClaim(new Claim(Type, MultiFactor));
        }

        return Task.CompletedTask;
    }
}
