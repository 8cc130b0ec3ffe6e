namespace Healactively.Web.Data.Entities;

/// <summary>
/// A patient's consent for one supporter to see the moments of the subjects the patient ticked, until the patient
/// revokes it. Never the journal, free text, clinician notes or the "who looked" list.
/// </summary>
public sealed class SupporterLink
{
    public const int SubjectsMaxLength = 1000;
    public const int WeekKeyMaxLength = 10;

    public long Id { get; set; }

    public string PatientId { get; set; } = string.Empty;

    public string SupporterId { get; set; } = string.Empty;

    /// <summary>What the patient calls this person; optional (<see cref="SupporterInvitation.NameMaxLength"/>).</summary>
    public string? Name { get; set; }

    /// <summary>The subjects shared, as space-separated keys (e.g. <c>sitting walking functional streak flare</c>).</summary>
    public string Subjects { get; set; } = string.Empty;

    /// <summary>The supporter also sees the week-in-wins summary.</summary>
    public bool ShareWeekSummary { get; set; }

    /// <summary>The patient opted in to a weekly email for this supporter (off by default).</summary>
    public bool DigestEnabled { get; set; }

    /// <summary>Set when the supporter used the email's one-click unsubscribe; no digest goes out while set.</summary>
    public DateTimeOffset? DigestUnsubscribedAt { get; set; }

    /// <summary>The ISO week (<c>2026-W49</c>) of the last digest sent, so a week is sent at most once.</summary>
    public string? DigestLastWeek { get; set; }

    /// <summary>The patient muted this supporter's cheers.</summary>
    public bool CheersMuted { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when the patient ends access; a revoked link grants nothing from the next request on.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
