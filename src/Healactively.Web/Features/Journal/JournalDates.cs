using System.Globalization;

namespace Healactively.Web.Features.Journal;

/// <summary>Dates in URLs are ISO (yyyy-MM-dd); anything else is not a date we serve.</summary>
public static class JournalDates
{
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// The last date a page serves: a year short of the calendar's end, so a page's links to the next day or month stay
    /// real dates (9999-12-31 is a valid <see cref="DateOnly"/>, its next day is not).
    /// </summary>
    public static readonly DateOnly LatestServed = DateOnly.MaxValue.AddYears(-1);

    /// <summary>Whether a page shows this date: from the journal's earliest date (1900-01-01) to <see cref="LatestServed"/>.</summary>
    public static bool IsServed(DateOnly date) => date >= Healactively.Domain.Journal.JournalLimits.EarliestDate && date <= LatestServed;

    public static string ToRoute(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ToDisplay(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string ToShort(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);
}
