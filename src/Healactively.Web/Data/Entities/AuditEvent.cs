namespace Healactively.Web.Data.Entities;

/// <summary>
/// One look (or attempted look) at a patient's data: who, which patient, what, when, outcome, from where.
/// Never journal text or values.
/// </summary>
public sealed class AuditEvent
{
    public const int IdMaxLength = 128;
    public const int ActionMaxLength = 40;
    public const int RemoteAddressMaxLength = 45;

    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public string ActorId { get; set; } = string.Empty;

    /// <summary>The patient id as requested (it may not exist, for a denied read).</summary>
    public string PatientId { get; set; } = string.Empty;

    public string Action { get; set; } = string.Empty;

    public AuditOutcome Outcome { get; set; }

    public string? RemoteAddress { get; set; }
}

public enum AuditOutcome
{
    Allowed = 0,
    Denied = 1,
}
