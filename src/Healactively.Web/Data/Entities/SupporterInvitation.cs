namespace Healactively.Web.Data.Entities;

/// <summary>
/// A patient's invitation to a friend or family member to see the wins they choose to share. The emailed link carries
/// a secret token; only its hash is stored. Valid until <see cref="ExpiresAt"/>, works once.
/// </summary>
public sealed class SupporterInvitation
{
    public const int EmailMaxLength = 256;
    public const int NameMaxLength = 60;
    public const int TokenHashLength = 64;

    public long Id { get; set; }

    public string PatientId { get; set; } = string.Empty;

    /// <summary>Where the invitation was sent; needed to send it and to show the patient who is still pending.</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>What the patient calls this person ("Sam", "Mum"); optional.</summary>
    public string? Name { get; set; }

    /// <summary>SHA-256 of the token in the link, hex.</summary>
    public string TokenHash { get; set; } = string.Empty;

    /// <summary>The subjects the link will share, as in <see cref="SupporterLink.Subjects"/>.</summary>
    public string Subjects { get; set; } = string.Empty;

    public bool ShareWeekSummary { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    /// <summary>Set when the patient withdraws a pending invitation; the link then works no more.</summary>
    public DateTimeOffset? CancelledAt { get; set; }
}
