using System.Globalization;
using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Features.Accounts;

/// <summary>
/// Authenticator-app codes that work once: the last accepted time step is kept per user (in AspNetUserTokens) and
/// a code from that step or an earlier one is refused. Time comes from the injected <see cref="TimeProvider"/>
/// (Identity's own provider reads the system clock directly).
/// </summary>
internal sealed class OneTimeAuthenticatorTokenProvider(TimeProvider clock, ILogger<OneTimeAuthenticatorTokenProvider> logger)
    : AuthenticatorTokenProvider<ApplicationUser>
{
    public const string TokenStore = "Healactively";
    public const string LastStepToken = "AuthenticatorLastStep";

    // One step either side of now, for phones whose clocks drift a little (RFC 6238 section 5.2).
    private const int AllowedDrift = 1;

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var digits = string.Concat(token.Where(c => c is not (' ' or '-')));
        if (string.IsNullOrWhiteSpace(key) || digits.Length != 6 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        var keyBytes = Totp.DecodeKey(key);
        var now = Totp.StepAt(clock.GetUtcNow());
        long? matched = null;
        for (var step = now - AllowedDrift; step <= now + AllowedDrift; step++)
        {
            if (Totp.Code(keyBytes, step) == code)
            {
                matched = step;
            }
        }

        if (matched is null)
        {
            return false;
        }

        var last = await manager.GetAuthenticationTokenAsync(user, TokenStore, LastStepToken);
        if (long.TryParse(last, NumberStyles.Integer, CultureInfo.InvariantCulture, out var lastStep) && matched <= lastStep)
        {
            TwoFactorLog.CodeReused(logger, user.Id);
            return false;
        }

        // Saved with the user's concurrency stamp: of two requests racing with one code, only one is accepted.
        var saved = await manager.SetAuthenticationTokenAsync(user, TokenStore, LastStepToken, matched.Value.ToString(CultureInfo.InvariantCulture));
        if (!saved.Succeeded)
        {
            TwoFactorLog.CodeReused(logger, user.Id);
            return false;
        }

        return true;
    }
}
