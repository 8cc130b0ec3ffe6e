using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Supporters;

/// <summary>What the patient may change on a supporter link.</summary>
public sealed record SupporterLinkSettings(IReadOnlyList<string> Subjects, bool ShareWeekSummary, bool DigestEnabled, bool CheersMuted);

/// <summary>
/// The patient's changes to their supporter links: what each sees, the weekly email, muted cheers, and revoking.
/// Only the patient's own unrevoked links are found; the supporter's pages re-read the link on every request.
/// </summary>
public sealed class ManageSupporters(AppDbContext db, Care.AuditTrail audit, TimeProvider clock, ILogger<ManageSupporters> logger)
{
    public async Task<bool> UpdateAsync(string patientId, long linkId, SupporterLinkSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var link = await db.SupporterLinks.SingleOrDefaultAsync(l => l.Id == linkId && l.PatientId == patientId && l.RevokedAt == null, cancellationToken);
        if (link is null)
        {
            return false;
        }

        var customKeys = await db.CustomMetrics.AsNoTracking().Where(m => m.PatientId == patientId).Select(m => m.Key).ToListAsync(cancellationToken);
        link.Subjects = SupporterSubjects.Format(settings.Subjects, customKeys);
        link.ShareWeekSummary = settings.ShareWeekSummary;
        link.DigestEnabled = settings.DigestEnabled;
        link.CheersMuted = settings.CheersMuted;
        await db.SaveChangesAsync(cancellationToken);
        SupportersLog.LinkChanged(logger, linkId, patientId);
        return true;
    }

    public async Task<bool> RevokeAsync(string patientId, long linkId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var revoked = await db.SupporterLinks
            .Where(l => l.Id == linkId && l.PatientId == patientId && l.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.RevokedAt, now).SetProperty(l => l.DigestEnabled, false), cancellationToken);
        if (revoked > 0)
        {
            audit.Add(patientId, Care.AuditActions.SupporterLinkRevoked);
            await db.SaveChangesAsync(cancellationToken);
            SupportersLog.LinkRevoked(logger, linkId, patientId);
        }

        return revoked > 0;
    }
}
