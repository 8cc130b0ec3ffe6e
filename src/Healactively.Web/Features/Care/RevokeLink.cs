using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Care;

/// <summary>A patient ends a clinician's access; the access rule checks links on every request, so it ends at once.</summary>
public sealed class RevokeLink(AppDbContext db, AuditTrail audit, TimeProvider clock, ILogger<RevokeLink> logger)
{
    /// <summary>False when the link is not the patient's own or is already revoked.</summary>
    public async Task<bool> RunAsync(string patientId, long linkId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var revoked = await db.CareLinks
            .Where(l => l.Id == linkId && l.PatientId == patientId && l.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.RevokedAt, now), cancellationToken);
        if (revoked > 0)
        {
            audit.Add(patientId, AuditActions.LinkRevoked);
            await db.SaveChangesAsync(cancellationToken);
            CareTeamLog.LinkRevoked(logger, linkId, patientId);
        }

        return revoked > 0;
    }
}
