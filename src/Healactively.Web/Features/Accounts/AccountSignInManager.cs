using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Healactively.Web.Features.Accounts;

/// <summary>
/// Identity's sign-in manager plus product rules: disabled accounts cannot sign in; sign-ins are dated; a sign-in by
/// email costs one password hash whether or not the account exists or is locked (no enumeration by timing); wrong
/// recovery codes count toward lockout like wrong passwords and authenticator codes.
/// </summary>
public sealed class AccountSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    TimeProvider clock)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsDisabled)
        {
            AccountsLog.DisabledSignInRefused(Logger, user.Id);
            return false;
        }

        return await base.CanSignInAsync(user);
    }

    /// <summary>A hash of a random password, made once with the app's hashing settings, checked when there is no real one.</summary>
    private static string? _dummyHash;

    /// <summary>
    /// Signs in by email and password. An unknown email, and an account that is locked or disabled (Identity refuses
    /// those before checking the password), still verify a password hash, so none answers faster than a wrong password.
    /// </summary>
    /// <returns>The result and the account, null when the email has none.</returns>
    public async Task<(SignInResult Result, ApplicationUser? User)> PasswordSignInByEmailAsync(string email, string password, bool isPersistent)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var (result, user) = await CheckPasswordByEmailAsync(email, password, isPersistent);
        if (!result.Succeeded && !result.RequiresTwoFactor)
        {
            // A wrong password for a real account also writes its failure count (one committed UPDATE); an unknown email
            // writes nothing. Answering every failure no sooner than a fixed time after it began hides that difference.
            // Wall-clock time on purpose: this is about how long the answer takes, not about the patient's calendar.
            var remaining = FailureFloor - System.Diagnostics.Stopwatch.GetElapsedTime(started);
            if (remaining > TimeSpan.Zero)
            {
                await Task.Delay(remaining);
            }
        }

        return (result, user);
    }

    /// <summary>How long every failed sign-in by email takes at least (longer than a wrong password takes on a busy server).</summary>
    public static readonly TimeSpan FailureFloor = TimeSpan.FromMilliseconds(500);

    private async Task<(SignInResult Result, ApplicationUser? User)> CheckPasswordByEmailAsync(string email, string password, bool isPersistent)
    {
        var user = await UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            VerifyDummyHash(password);
            return (SignInResult.Failed, null);
        }

        // Identity refuses a locked or disabled account before it checks the password; the attempt that locks an
        // account has checked it. Only the former need the dummy check.
        var lockedBefore = await UserManager.IsLockedOutAsync(user);
        var result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true);
        if (lockedBefore || result.IsNotAllowed)
        {
            VerifyDummyHash(password);
        }

        return (result, user);
    }

    /// <summary>Identity does not count wrong recovery codes toward lockout; here they count, and a locked account cannot try one.</summary>
    public override async Task<SignInResult> TwoFactorRecoveryCodeSignInAsync(string recoveryCode)
    {
        var user = await GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInResult.Failed;
        }

        if (await UserManager.IsLockedOutAsync(user))
        {
            return SignInResult.LockedOut;
        }

        var result = await base.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (result.Succeeded)
        {
            await UserManager.ResetAccessFailedCountAsync(user);
            return result;
        }

        await UserManager.AccessFailedAsync(user);
        return await UserManager.IsLockedOutAsync(user) ? SignInResult.LockedOut : result;
    }

    private void VerifyDummyHash(string password)
    {
        var dummy = new ApplicationUser();
        _dummyHash ??= UserManager.PasswordHasher.HashPassword(dummy, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        UserManager.PasswordHasher.VerifyHashedPassword(dummy, _dummyHash, password);
    }

    public override async Task SignInWithClaimsAsync(ApplicationUser user, AuthenticationProperties? authenticationProperties, IEnumerable<System.Security.Claims.Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.LastSignInAt = clock.GetUtcNow();
        await UserManager.UpdateAsync(user);
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }
}
