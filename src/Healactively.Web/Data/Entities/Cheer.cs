namespace Healactively.Web.Data.Entities;

/// <summary>The few preset reactions a supporter can send on a shared moment.</summary>
public enum CheerReaction
{
    WellDone = 1,
    KeepGoing = 2,
    ProudOfYou = 3,
}

/// <summary>
/// A supporter's reaction to one shared moment. The moment is named by its date and subject rather than a row id,
/// because stored wins are recomputed.
/// </summary>
public sealed class Cheer
{
    public const int MessageMaxLength = 200;
    public const int SubjectMaxLength = 60;

    public long Id { get; set; }

    public long SupporterLinkId { get; set; }

    public string PatientId { get; set; } = string.Empty;

    public string SupporterId { get; set; } = string.Empty;

    public DateOnly MomentDate { get; set; }

    /// <summary>The moment's subject: a metric key, a checklist key, <c>flare</c> or <c>journal</c>.</summary>
    public string MomentSubject { get; set; } = string.Empty;

    public CheerReaction Reaction { get; set; }

    public string? Message { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the patient first saw it; null while it is new to them.</summary>
    public DateTimeOffset? SeenAt { get; set; }

    /// <summary>Set when the patient hid it.</summary>
    public DateTimeOffset? HiddenAt { get; set; }
}
