using System.Security.Claims;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;

namespace Healactively.Web.Features.Care;

/// <summary>Writes one audit row per look at a patient's data. Ids, action, outcome and address only.</summary>
public sealed class AuditTrail(AppDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>
    /// One row per read of the clinician's triage list: who, when, from where and how many patients it showed
    /// (<see cref="AuditEvent.ItemCount"/>); which patients and what about them never.
    /// </summary>
    public Task RecordTriageListAsync(int patientsShown, CancellationToken cancellationToken = default) =>
        RecordAsync(string.Empty, AuditActions.Triage, AuditOutcome.Allowed, patientsShown, cancellationToken);

    /// <summary>
    /// Adds one row about a patient's consent or sharing (a share code, a care or supporter link) to the context, saved
    /// with the change it records, in the same transaction. The actor is the signed-in account unless given.
    /// </summary>
    public void Add(string patientId, string action, string? actorId = null) =>
        db.AuditEvents.Add(new AuditEvent
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ActorId = actorId ?? http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
            PatientId = patientId,
            Action = action,
            Outcome = AuditOutcome.Allowed,
            RemoteAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });

    public Task RecordAsync(string patientId, string action, AuditOutcome outcome, CancellationToken cancellationToken = default) =>
        RecordAsync(patientId, action, outcome, null, cancellationToken);

    public async Task RecordAsync(string patientId, string action, AuditOutcome outcome, int? itemCount, CancellationToken cancellationToken = default)
    {
        var context = http.HttpContext;
        db.AuditEvents.Add(new AuditEvent
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ActorId = context?.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
            PatientId = patientId.Length > AuditEvent.IdMaxLength ? patientId[..AuditEvent.IdMaxLength] : patientId,
            Action = action,
            Outcome = outcome,
            ItemCount = itemCount,
            RemoteAddress = context?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
