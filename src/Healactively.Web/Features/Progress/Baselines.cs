namespace Healactively.Web.Features.Progress;

/// <summary>
/// The spec's baselines for any date D, for drawing: the median of the recorded values in the week window
/// (D-7 … D-1, at least 3 values) and in the month window (D-30 … D-1, at least 8 values).
/// Same rule as the win detector's (whose median is internal to the domain's rules).
/// </summary>
public static class Baselines
{
    public const int WeekDays = 7;
    public const int WeekMinValues = 3;
    public const int MonthDays = 30;
    public const int MonthMinValues = 8;

    /// <summary>The middle value, or the mean of the two middle values for an even count.</summary>
    public static decimal Median(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("The median of no values is undefined.", nameof(values));
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }

    public static decimal? Week(IReadOnlyDictionary<DateOnly, decimal> recorded, DateOnly date) =>
        Before(recorded, date, WeekDays, WeekMinValues);

    public static decimal? Month(IReadOnlyDictionary<DateOnly, decimal> recorded, DateOnly date) =>
        Before(recorded, date, MonthDays, MonthMinValues);

    /// <summary>The median of the values recorded on the <paramref name="days"/> dates before <paramref name="date"/>, or null when fewer than <paramref name="minValues"/>.</summary>
    public static decimal? Before(IReadOnlyDictionary<DateOnly, decimal> recorded, DateOnly date, int days, int minValues)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var window = new List<decimal>(days);
        for (var back = 1; back <= days; back++)
        {
            if (recorded.TryGetValue(date.AddDays(-back), out var value))
            {
                window.Add(value);
            }
        }

        return window.Count >= minValues ? Median(window) : null;
    }
}
