using Healactively.Domain.Journal;

namespace Healactively.Web.Features.Journal;

/// <summary>Tags as typed ("walk, heat pack; stretching") and as stored ("walk; heat pack; stretching").</summary>
public static class TagList
{
    private static readonly char[] Separators = [';', ','];

    public static IReadOnlyList<string> Parse(string? text, params char[] separators) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split(separators.Length > 0 ? separators : Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToArray();

    /// <summary>A message for the patient when the tags do not fit, else null.</summary>
    public static string? Problem(IReadOnlyList<string> tags, string label)
    {
        if (tags.Count > JournalLimits.TagsMaxCount)
        {
            return $"{label}: at most {JournalLimits.TagsMaxCount} tags.";
        }

        var tooLong = tags.FirstOrDefault(t => t.Length > JournalLimits.TagMaxLength);
        return tooLong is null ? null : $"{label}: each tag can be at most {JournalLimits.TagMaxLength} characters.";
    }

    public static string? Store(IReadOnlyList<string> tags) => tags.Count == 0 ? null : string.Join("; ", tags);

    public static IReadOnlyList<string> FromStored(string? stored) => Parse(stored, ';');
}
