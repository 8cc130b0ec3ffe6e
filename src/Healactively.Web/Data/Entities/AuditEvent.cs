namespace Healactively.Web.Data.Entities;

/// <summary>
/// One look (or attempted look) at a patient's data, or one admin action on an account: who, which patient or
/// account, what, when, outcome, from where. Never journal text, values, names or emails.
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

    /// <summary>The account an admin action was about (empty for reads of patient data, which use <see cref="PatientId"/>).</summary>
    public string? TargetUserId { get; set; }

    /// <summary>How many records the action showed (e.g. patients on the triage list); never which or what.</summary>
    public int? ItemCount { get; set; }

    public AuditOutcome Outcome { get; set; }

    public string? RemoteAddress { get; set; }
}

public enum AuditOutcome
{
    Allowed = 0,
    Denied = 1,
}
