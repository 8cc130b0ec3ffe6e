using System.Globalization;

namespace Healactively.Web.Features.Journal;

/// <summary>Dates in URLs are ISO (yyyy-MM-dd); anything else is not a date we serve.</summary>
public static class JournalDates
{
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string ToRoute(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string ToDisplay(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string ToShort(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);
}
