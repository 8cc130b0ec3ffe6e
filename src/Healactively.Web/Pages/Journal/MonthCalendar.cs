namespace Healactively.Web.Pages.Journal;

/// <summary>A month laid out in weeks (Monday first), for showing which days have entries.</summary>
public sealed record MonthCalendar(int Year, int Month, IReadOnlyList<IReadOnlyList<DateOnly?>> Weeks)
{
    public DateOnly First => new(Year, Month, 1);

    public static MonthCalendar For(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var leading = ((int)first.DayOfWeek + 6) % 7;
        var days = new List<DateOnly?>();
        days.AddRange(Enumerable.Repeat<DateOnly?>(null, leading));
        for (var day = first; day.Month == month; day = day.AddDays(1))
        {
            days.Add(day);
        }

        while (days.Count % 7 != 0)
        {
            days.Add(null);
        }

        var weeks = days.Chunk(7).Select(w => (IReadOnlyList<DateOnly?>)w).ToArray();
        return new MonthCalendar(year, month, weeks);
    }

    public static bool TryParseMonth(string? text, out (int Year, int Month) month)
    {
        month = default;
        if (text is null || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return false;
        }

        month = (date.Year, date.Month);
        return true;
    }
}
