namespace Healactively.Web.Data.Entities;

/// <summary>
/// A one-time form key that was used: the same form posted again (double click, retry) gets the
/// first post's answer instead of a second save. Kept for a day, then pruned.
/// </summary>
public sealed class FormSubmission
{
    public const int KeyMaxLength = 64;

    public const int RedirectMaxLength = 512;

    public long Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Where the first post sent the user (a local URL).</summary>
    public string RedirectTo { get; set; } = string.Empty;
}
