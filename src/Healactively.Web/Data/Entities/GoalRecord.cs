namespace Healactively.Web.Data.Entities;

/// <summary>
/// A target on one metric (built-in or custom slug, or <c>psfs:{activityId}</c>), set by the patient or proposed by a
/// linked clinician and accepted by the patient (outcome-measures.md, "Goals").
/// </summary>
public sealed class GoalRecord
{
    public const int TitleMaxLength = 80;
    public const int MetricMaxLength = 64;

    public long Id { get; set; }

    public string PatientId { get; set; } = string.Empty;

    /// <summary>The patient's words, e.g. "Sit through a film".</summary>
    public string Title { get; set; } = string.Empty;

    public string Metric { get; set; } = string.Empty;

    public decimal Target { get; set; }

    public DateOnly? TargetDate { get; set; }

    /// <summary>The patient-local date the goal was set (for a proposal: accepted); the starting point is read on it.</summary>
    public DateOnly SetOn { get; set; }

    /// <summary>The metric's month-window median on <see cref="SetOn"/> (or the activity's last rating); null when unknown.</summary>
    public decimal? StartingPoint { get; set; }

    /// <summary>The clinician who proposed it, or null when the patient set it.</summary>
    public string? ProposedByClinicianId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the patient accepted (equal to <see cref="CreatedAt"/> for the patient's own goal).</summary>
    public DateTimeOffset? AcceptedAt { get; set; }

    public DateTimeOffset? DeclinedAt { get; set; }

    /// <summary>When the patient stopped pursuing it (a reached goal stays reached in history).</summary>
    public DateTimeOffset? EndedAt { get; set; }
}
