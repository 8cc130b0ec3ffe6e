using System.Globalization;

namespace Healactively.Web.Features.WeekInWins;

/// <summary>ISO weeks (Monday to Sunday) as the week page names them: <c>2026-W48</c>.</summary>
public static class IsoWeeks
{
    public static string ToParam(DateOnly monday) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue)):D4}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):D2}");

    /// <summary>Reads <c>YYYY-Www</c> (case-insensitive W); false for anything else, including week 53 of a year without one.</summary>
    public static bool TryParse(string? text, out DateOnly monday)
    {
        monday = default;
        var value = text?.Trim();
        if (value is not { Length: 8 } || value[4] != '-' || value[5] is not ('W' or 'w')
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(value.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            || year is < 1900 or > 9000 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }

        monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return true;
    }
}
