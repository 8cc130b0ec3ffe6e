using System.Security.Claims;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;

namespace Healactively.Web.Features.Care;

/// <summary>Writes one audit row per look at a patient's data. Ids, action, outcome and address only.</summary>
public sealed class AuditTrail(AppDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public async Task RecordAsync(string patientId, string action, AuditOutcome outcome, CancellationToken cancellationToken = default)
    {
        var context = http.HttpContext;
        db.AuditEvents.Add(new AuditEvent
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ActorId = context?.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
            PatientId = patientId.Length > AuditEvent.IdMaxLength ? patientId[..AuditEvent.IdMaxLength] : patientId,
            Action = action,
            Outcome = outcome,
            RemoteAddress = context?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
