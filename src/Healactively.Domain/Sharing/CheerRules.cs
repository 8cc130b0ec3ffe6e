using Healactively.Domain.Calendar;
using Healactively.Domain.Text;

namespace Healactively.Domain.Sharing;

/// <summary>
/// What a supporter's cheer may say and how many a day: one preset reaction, an optional message of at most
/// <see cref="MessageMaxLength"/> visible characters, and at most <see cref="DailyLimit"/> cheers per supporter per
/// patient per day of the patient's calendar.
/// </summary>
public static class CheerRules
{
    public const int DailyLimit = 20;
    public const int MessageMaxLength = 200;

    public const string TooLong = "Keep the message to 200 characters or fewer.";
    public const string HiddenCharacters = "Use visible letters only: the message contains an invisible, text-direction or control character (such as a line break or a zero-width space). Type it again without it.";
    public const string LimitReached = "You have sent 20 cheers today, the most for one day. You can send more tomorrow.";

    /// <summary>The message as stored (trimmed; null when blank), or the reason it is refused.</summary>
    public static (string? Message, string? Problem) Message(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return (null, null);
        }

        if (ReadableName.HasHiddenCharacters(trimmed))
        {
            return (null, HiddenCharacters);
        }

        // Counted in the units the column holds, so a stored message always fits.
        return trimmed.Length > MessageMaxLength ? (null, TooLong) : (trimmed, null);
    }

    /// <summary>The instants the patient's local <paramref name="date"/> starts and the next one starts.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Day(DateOnly date, TimeZoneInfo zone) =>
        (PatientCalendar.InstantOf(date, TimeOnly.MinValue, zone), PatientCalendar.InstantOf(date.AddDays(1), TimeOnly.MinValue, zone));
}
