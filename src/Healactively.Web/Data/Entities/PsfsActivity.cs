namespace Healactively.Web.Data.Entities;

/// <summary>
/// One activity of a patient's Patient-Specific Functional Scale (outcome-measures.md): named by the patient or
/// proposed by a linked clinician and accepted by the patient; retired activities stay in history.
/// </summary>
public sealed class PsfsActivity
{
    public const int NameMaxLength = 80;

    /// <summary>At most this many activities are active (accepted and not retired) at once.</summary>
    public const int MaxActive = 5;

    public long Id { get; set; }

    public string PatientId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The clinician who proposed it, or null when the patient named it.</summary>
    public string? ProposedByClinicianId { get; set; }

    /// <summary>When the patient accepted a proposal (equal to <see cref="CreatedAt"/> for the patient's own).</summary>
    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>When the patient declined a clinician's proposal; a declined proposal is never rated.</summary>
    public DateTimeOffset? DeclinedAt { get; set; }

    /// <summary>The patient-local date from which it is no longer rated; its ratings stay.</summary>
    public DateOnly? RetiredOn { get; set; }
}
