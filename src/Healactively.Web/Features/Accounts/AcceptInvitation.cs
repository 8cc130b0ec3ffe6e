using System.Data;
using Healactively.Domain.Journal;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Accounts;

/// <summary>An invitation whose link still works, as its page shows it.</summary>
public sealed record OpenInvitation(string Email, string DisplayName, DistanceUnit DistanceUnit, bool IsPatient);

/// <summary>What the invitee chose; the time zone and distance unit are kept for a patient only (staff have no journal).</summary>
public sealed record InvitationAcceptance(string Password, string DisplayName, string TimeZoneId, DistanceUnit DistanceUnit);

/// <summary>
/// Accepts an invitation: sets the first password, confirms the email (the link proves the address) and the profile.
/// Adding the password renews the security stamp, which kills the link and any copy of it.
/// </summary>
public sealed class AcceptInvitation(
    AppDbContext db,
    UserManager<ApplicationUser> users,
    Invitations invitations,
    AdminAudit audit,
    ILogger<AcceptInvitation> logger)
{
    public abstract record Outcome
    {
        public sealed record Accepted(string UserId) : Outcome;

        /// <summary>The link expired or was used (perhaps by a twin of this post) since the page was shown.</summary>
        public sealed record LinkDead : Outcome;

        public sealed record PasswordRefused(IReadOnlyList<IdentityError> Errors) : Outcome;
    }

    /// <returns>Null when the link does not work (no such account, a wrong or expired code, or already used).</returns>
    public async Task<OpenInvitation?> FindAsync(string? userId, string? code)
    {
        var (user, isPatient) = await FindUserAsync(userId, code);
        return user is null ? null : new OpenInvitation(user.Email ?? string.Empty, user.DisplayName, user.DistanceUnit, isPatient);
    }

    public async Task<Outcome> RunAsync(string? userId, string? code, InvitationAcceptance acceptance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acceptance);

        // Two posts of the form at once (a double tap) both found the link working; it is checked again inside the
        // transaction, so the later one finds it used and says so, instead of failing on the first one's change.
        var outcome = await SerializableRetry.RunAsync(db, () => AcceptOnceAsync(userId, code, acceptance, cancellationToken));
        if (outcome is Outcome.Accepted accepted)
        {
            AccountsLog.InvitationAccepted(logger, accepted.UserId);
        }

        return outcome;
    }

    private async Task<Outcome> AcceptOnceAsync(string? userId, string? code, InvitationAcceptance acceptance, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        db.ChangeTracker.Clear(); // read the account as it is now, not the copy checked before the transaction
        var (user, isPatient) = await FindUserAsync(userId, code);
        if (user is null)
        {
            return new Outcome.LinkDead();
        }

        var added = await users.AddPasswordAsync(user, acceptance.Password);
        if (!added.Succeeded)
        {
            ThrowToRetryOnConcurrencyFailure(added);
            return new Outcome.PasswordRefused([.. added.Errors]);
        }

        user.EmailConfirmed = true;
        user.DisplayName = acceptance.DisplayName.Trim();
        if (isPatient)
        {
            user.TimeZoneId = acceptance.TimeZoneId;
            user.DistanceUnit = acceptance.DistanceUnit;
        }

        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            throw new InvalidOperationException($"Identity refused the profile: {string.Join(", ", updated.Errors.Select(e => e.Code))}");
        }

        audit.Add(AdminAudit.InvitationAccepted, user.Id, actorId: user.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Outcome.Accepted(user.Id);
    }

    // Identity reports a row changed since it was read as a result, not an exception; SerializableRetry runs the
    // attempt again on this exception's message.
    private static void ThrowToRetryOnConcurrencyFailure(IdentityResult result)
    {
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new InvalidOperationException(nameof(IdentityErrorDescriber.ConcurrencyFailure));
        }
    }

    private async Task<(ApplicationUser? User, bool IsPatient)> FindUserAsync(string? userId, string? code)
    {
        var user = string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(code) ? null : await users.FindByIdAsync(userId);
        if (user is null || !await invitations.IsValidAsync(user, code!))
        {
            return (null, false);
        }

        return (user, await users.IsInRoleAsync(user, Roles.Patient));
    }
}
