using System.Security.Claims;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;

namespace Healactively.Web.Features.Care;

/// <summary>Writes one audit row per look at a patient's data. Ids, action, outcome and address only.</summary>
public sealed class AuditTrail(AppDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>The clinician read their triage list; the action ends with how many patients it showed (":12").</summary>
    public const string TriageList = "clinician.triage-list";

    /// <summary>
    /// One row per read of the clinician's triage list: who, when, from where and how many patients it showed, which
    /// patients and what about them never. The count rides in the action ("clinician.triage-list:12") because the
    /// audit table has no column for it.
    /// </summary>
    public Task RecordTriageListAsync(int patientsShown, CancellationToken cancellationToken = default) =>
        RecordAsync(string.Empty, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{TriageList}:{patientsShown}"), AuditOutcome.Allowed, cancellationToken);

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
