using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Healactively.Web.Features.Accounts;

/// <summary>
/// A session ends after 30 idle minutes (sliding cookie) and at the latest 12 hours after sign-in. Sliding renewal
/// moves IssuedUtc forward, so the sign-in instant is kept in the cookie's own properties and checked on each request.
/// </summary>
internal static class SessionLifetime
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan AbsoluteTimeout = TimeSpan.FromHours(12);
    public static readonly TimeSpan StampCheckInterval = TimeSpan.FromMinutes(1);

    private const string SignedInAtKey = "healactively.signed-in-at";

    public static void Apply(CookieAuthenticationOptions options)
    {
        options.ExpireTimeSpan = IdleTimeout;
        options.SlidingExpiration = true;

        var signingIn = options.Events.OnSigningIn;
        options.Events.OnSigningIn = context =>
        {
            // A refresh (password change, role change) keeps the original instant; only a new sign-in sets it.
            if (!context.Properties.Items.ContainsKey(SignedInAtKey))
            {
                var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                context.Properties.Items[SignedInAtKey] = now.ToString("O", CultureInfo.InvariantCulture);
            }

            return signingIn(context);
        };

        var validateStamp = options.Events.OnValidatePrincipal;
        options.Events.OnValidatePrincipal = async context =>
        {
            var services = context.HttpContext.RequestServices;
            var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier) ?? "unknown";
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            if (!context.Properties.Items.TryGetValue(SignedInAtKey, out var stored)
                || !DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt)
                || now - signedInAt >= AbsoluteTimeout)
            {
                services.GetRequiredService<SecurityEvents>().SessionExpiredAbsolute(userId, AbsoluteTimeout.TotalHours);
                await RejectAsync(context);
                return;
            }

            if (!StampCheckDue(context, now))
            {
                return;
            }

            await validateStamp(context);
            if (context.Principal is null)
            {
                services.GetRequiredService<SecurityEvents>().SessionRevoked(userId);
            }
        };
    }

    // The same test Identity's SecurityStampValidator starts with, made before resolving it: building the validator
    // builds a SignInManager and a UserManager, which was 4 % of a signed-in page's CPU when no check was due.
    private static bool StampCheckDue(CookieValidatePrincipalContext context, DateTimeOffset now)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var current = options.TimeProvider?.GetUtcNow() ?? now;
        return context.Properties.IssuedUtc is not { } issued || current - issued > options.ValidationInterval;
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.RequestServices.GetRequiredService<SignInManager<Data.Entities.ApplicationUser>>().SignOutAsync();
    }
}
