namespace Healactively.Web.Features.Care;

/// <summary>
/// Names what a page about one patient reads (timeline, entry, report, shared wins…), as written to the audit trail,
/// and who reads it there (<see cref="PatientAudience"/>: the consent <see cref="PatientPageFilter"/> checks).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuditedReadAttribute(string action, PatientAudience audience = PatientAudience.Clinician) : Attribute
{
    public string Action { get; } = action;

    public PatientAudience Audience { get; } = audience;
}
