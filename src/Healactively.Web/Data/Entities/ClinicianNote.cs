using Healactively.Domain.Wins;

namespace Healactively.Web.Data.Entities;

/// <summary>
/// A clinician's short encouragement on a patient's win or week. A win is named by its identity
/// (date, kind, metric, window) rather than a row id, because stored wins are recomputed.
/// </summary>
public sealed class ClinicianNote
{
    public const int TextMaxLength = 500;

    public long Id { get; set; }

    public string PatientId { get; set; } = string.Empty;

    public string ClinicianId { get; set; } = string.Empty;

    /// <summary>The win's date, or the Monday of the week the note is about.</summary>
    public DateOnly Date { get; set; }

    /// <summary>Null for a note on a week.</summary>
    public WinKind? WinKind { get; set; }

    public string? WinMetric { get; set; }

    public WinWindow? WinWindow { get; set; }

    public string Text { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the patient opened the note (UTC); null while it is new to them.</summary>
    public DateTimeOffset? SeenAt { get; set; }
}
