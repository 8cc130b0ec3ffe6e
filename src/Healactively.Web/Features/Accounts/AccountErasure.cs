using System.Data;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Accounts;

public enum ErasureOutcome
{
    Erased,
    NotFound,

    /// <summary>Refused: the account is the last admin who can still sign in.</summary>
    LastAdmin,
}

/// <summary>
/// Removes an account and every personal row about it, for the admin's delete and the patient's own alike,
/// in one serializable transaction:
/// <list type="bullet">
/// <item>as a patient: journal entries, custom metrics and their values, wins, clinicians' notes about them,
/// care links, share codes, supporter links and invitations, cheers received;</item>
/// <item>as a supporter: their supporter links, the cheers they sent, and the invitations sent to their address;</item>
/// <item>as a clinician: their care links (patients simply no longer share with them) and the notes they wrote
/// (encouragement, not a clinical record; the clinic's own record lives elsewhere); share codes they redeemed
/// keep no trace of them;</item>
/// <item>Identity rows: the user, roles, claims, logins, tokens.</item>
/// </list>
/// The audit trail is kept for accountability, but every id of the erased account in it (actor, patient, target)
/// is replaced by one random token made for this erasure, and the addresses the account itself used are dropped:
/// the rows still show, say, that one clinician read the same (now erased) patient ten times, yet nothing links
/// the token to a person. One anonymous row (<see cref="AdminAudit.Delete"/> or <see cref="AdminAudit.SelfDelete"/>)
/// records the erasure. The deleted user row ends every session at its next security-stamp check.
/// </summary>
public sealed class AccountErasure(AppDbContext db, UserManager<ApplicationUser> users, AdminAudit audit, TimeProvider clock, ILogger<AccountErasure> logger)
{
    public const string ErasedTokenPrefix = "erased-";

    /// <param name="byAdmin">True for an admin's delete (the row names the admin), false for the account holder's own.</param>
    public Task<ErasureOutcome> EraseAsync(string userId, bool byAdmin, CancellationToken cancellationToken = default) =>
        SerializableRetry.RunAsync(db, () => EraseOnceAsync(userId, byAdmin, cancellationToken));

    private async Task<ErasureOutcome> EraseOnceAsync(string userId, bool byAdmin, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return ErasureOutcome.NotFound;
        }

        if (await AccountAdministration.IsLastActiveAdminAsync(db, user, clock.GetUtcNow(), cancellationToken))
        {
            AccountsLog.AdminActionRefused(logger, audit.ActorId, AdminAudit.Delete, user.Id, "last admin");
            return ErasureOutcome.LastAdmin;
        }

        var token = ErasedTokenPrefix + Guid.NewGuid().ToString("N");
        await DeletePersonalRowsAsync(userId, cancellationToken);
        await AnonymiseAuditAsync(userId, token, cancellationToken);

        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException($"Identity refused to delete the account: {string.Join(", ", deleted.Errors.Select(e => e.Code))}");
        }

        if (byAdmin)
        {
            audit.Add(AdminAudit.Delete, token);
        }
        else
        {
            audit.Add(AdminAudit.SelfDelete, token, actorId: token, withAddress: false);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        AccountsLog.AccountErased(logger, token);
        return ErasureOutcome.Erased;
    }

    private async Task DeletePersonalRowsAsync(string userId, CancellationToken cancellationToken)
    {
        await db.CustomMetricValues
            .Where(v => db.JournalEntries.Any(e => e.Id == v.EntryId && e.PatientId == userId))
            .ExecuteDeleteAsync(cancellationToken);
        await db.JournalEntries.Where(e => e.PatientId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.CustomMetrics.Where(m => m.PatientId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Wins.Where(w => w.PatientId == userId).ExecuteDeleteAsync(cancellationToken);
        // Outcome measures: ratings go with their check-ins (cascade) before the activities they rate (restricted), and
        // goals; a clinician's proposals to other patients stay theirs (the patient's data), only the clinician's id goes.
        await db.PsfsRatings.Where(r => db.OutcomeCheckIns.Any(c => c.Id == r.CheckInId && c.PatientId == userId)).ExecuteDeleteAsync(cancellationToken);
        await db.OutcomeCheckIns.Where(c => c.PatientId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.PsfsActivities.Where(a => a.PatientId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Goals.Where(g => g.PatientId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.PsfsActivities.Where(a => a.ProposedByClinicianId == userId).ExecuteUpdateAsync(s => s.SetProperty(a => a.ProposedByClinicianId, (string?)null), cancellationToken);
        await db.Goals.Where(g => g.ProposedByClinicianId == userId).ExecuteUpdateAsync(s => s.SetProperty(g => g.ProposedByClinicianId, (string?)null), cancellationToken);
        // A deleted clinician's notes leave other patients' pages: raise their stamps so no cached page keeps them.
        await JournalStamps.RaiseForNotesByAsync(db, userId, cancellationToken);
        await db.ClinicianNotes.Where(n => n.PatientId == userId || n.ClinicianId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.CareLinks.Where(l => l.PatientId == userId || l.ClinicianId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.ShareCodes.Where(c => c.PatientId == userId).ExecuteDeleteAsync(cancellationToken);
        // Also cascaded by the foreign key; deleted here so the list of personal rows stays complete in one place.
        await db.PushSubscriptions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.ShareCodes.Where(c => c.UsedByClinicianId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedByClinicianId, (string?)null), cancellationToken);

        // Supporters: as a patient, the links, invitations and cheers received; as a supporter, the links, the cheers
        // sent, and the invitations that were sent to this account's address (they hold it).
        await db.Cheers.Where(c => c.PatientId == userId || c.SupporterId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.SupporterLinks.Where(l => l.PatientId == userId || l.SupporterId == userId).ExecuteDeleteAsync(cancellationToken);
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.NormalizedEmail).SingleOrDefaultAsync(cancellationToken);
        await db.SupporterInvitations.Where(i => i.PatientId == userId).ExecuteDeleteAsync(cancellationToken);
        if (email is not null)
        {
            // Translated to SQL upper(), the same on both providers; the address was typed by the patient in any case.
#pragma warning disable CA1304, CA1311, CA1862
            await db.SupporterInvitations.Where(i => i.Email.ToUpper() == email).ExecuteDeleteAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        }

        // Identity's own rows, explicitly rather than through cascades, so no provider's settings matter.
        await db.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserClaims.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task AnonymiseAuditAsync(string userId, string token, CancellationToken cancellationToken)
    {
        await db.AuditEvents.Where(a => a.ActorId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ActorId, token).SetProperty(a => a.RemoteAddress, (string?)null), cancellationToken);
        await db.AuditEvents.Where(a => a.PatientId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.PatientId, token), cancellationToken);
        await db.AuditEvents.Where(a => a.TargetUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.TargetUserId, token), cancellationToken);
    }
}
