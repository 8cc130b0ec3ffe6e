namespace Healactively.Domain.Journal;

/// <summary>
/// An entry's tags ("what made it worse", "what helped"): as a patient types them ("walk, heat pack; stretching"),
/// checked against the journal's limits, joined as they are stored ("walk; heat pack; stretching") and shown again on the
/// form as its hint says to type them ("walk, heat pack, stretching").
/// </summary>
public static class Tags
{
    /// <summary>What separates joined tags (stored, and in the journal CSV); typing also accepts a comma.</summary>
    public const char Separator = ';';

    private const string JoinedSeparator = "; ";

    private const string DisplaySeparator = ", ";

    private static readonly char[] TypedSeparators = [Separator, ','];

    /// <summary>Tags as typed: split at <c>;</c> or <c>,</c>, trimmed, blanks dropped, a tag repeated in any case kept once.</summary>
    public static IReadOnlyList<string> Parse(string? typed) => Split(typed, TypedSeparators);

    /// <summary>Tags split at <paramref name="separator"/> only, so a tag keeps any other punctuation (a comma from an import).</summary>
    public static IReadOnlyList<string> Parse(string? text, char separator) => Split(text, [separator]);

    /// <summary>Tags as <see cref="Join"/> wrote them.</summary>
    public static IReadOnlyList<string> ParseJoined(string? joined) => Parse(joined, Separator);

    /// <summary>"walk; heat pack", or null for no tags.</summary>
    public static string? Join(IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return tags.Count == 0 ? null : string.Join(JoinedSeparator, tags);
    }

    /// <summary>
    /// Stored tags as the form shows them again, the way its hint says to type them: "walk, heat pack"
    /// (<see cref="Parse(string?)"/> reads that back as the same tags), or null for no tags.
    /// </summary>
    public static string? Display(string? joined)
    {
        var tags = ParseJoined(joined);
        return tags.Count == 0 ? null : string.Join(DisplaySeparator, tags);
    }

    /// <summary>A message for the patient when the tags do not fit the journal's limits, else null.</summary>
    public static string? Problem(IReadOnlyList<string> tags, string label)
    {
        ArgumentNullException.ThrowIfNull(tags);
        if (tags.Count > JournalLimits.TagsMaxCount)
        {
            return $"{label}: at most {JournalLimits.TagsMaxCount} tags.";
        }

        var tooLong = tags.FirstOrDefault(t => t.Length > JournalLimits.TagMaxLength);
        return tooLong is null ? null : $"{label}: each tag can be at most {JournalLimits.TagMaxLength} characters.";
    }

    private static string[] Split(string? text, char[] separators) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToArray();
}
