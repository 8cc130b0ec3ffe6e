using System.ComponentModel.DataAnnotations;

namespace Healactively.Domain.Text;

/// <summary>
/// Names other people read (a display name a clinician sees on the triage list, a metric name on a report) must show
/// what they are: no bidirectional controls, which reorder what is shown ("‮gnp.exe" reads as "exe.png"), no zero-width
/// characters, which make two different names look the same, and no control characters.
/// </summary>
public static class ReadableName
{
    public const string Message = "Use visible letters only: this name contains an invisible or text-direction character (such as a zero-width space or a right-to-left mark). Type it again without it.";

    /// <summary>Whether <paramref name="text"/> holds a character that changes or hides what a reader sees.</summary>
    public static bool HasHiddenCharacters(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (IsHidden(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHidden(char c) =>
        char.IsControl(c)
        || c is '\u061C' // Arabic letter mark
            or (>= '\u200B' and <= '\u200F') // zero-width space, non-joiner, joiner; left-to-right and right-to-left marks
            or (>= '\u202A' and <= '\u202E') // embeddings and overrides
            or (>= '\u2060' and <= '\u2064') // word joiner and invisible operators
            or (>= '\u2066' and <= '\u2069') // isolates
            or '\u180E' // Mongolian vowel separator
            or '\uFEFF'; // zero-width no-break space
}

/// <summary>Refuses a name with hidden characters (<see cref="ReadableName"/>) with a message beside the field.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class ReadableNameAttribute : ValidationAttribute
{
    public ReadableNameAttribute()
        : base(ReadableName.Message)
    {
    }

    public override bool IsValid(object? value) => value is not string text || !ReadableName.HasHiddenCharacters(text);
}
