namespace Healactively.Domain.Metrics;

/// <summary>
/// The spec's baselines, the one place their rules live: the week window of a date D (D-7 … D-1, a baseline from
/// 3 recorded values) and its month window (D-30 … D-1, from 8), the median of the values recorded in a window,
/// and the two tests a value meets against a baseline: the metric's minimum step and its clinically important change.
/// </summary>
public static class Baselines
{
    /// <summary>The week window is D-7 … D-1; "this week" (the 7 dates ending today) is as long.</summary>
    public const int WeekDays = 7;

    public const int WeekMinValues = 3;

    /// <summary>The month window is D-30 … D-1.</summary>
    public const int MonthDays = 30;

    public const int MonthMinValues = 8;

    /// <summary>The median of the values recorded in the week window of <paramref name="date"/>, or null with fewer than 3.</summary>
    public static decimal? Week(IReadOnlyDictionary<DateOnly, decimal> recorded, DateOnly date) =>
        InWindow(recorded, date, WeekDays, WeekMinValues);

    /// <summary>The median of the values recorded in the month window of <paramref name="date"/>, or null with fewer than 8.</summary>
    public static decimal? Month(IReadOnlyDictionary<DateOnly, decimal> recorded, DateOnly date) =>
        InWindow(recorded, date, MonthDays, MonthMinValues);

    /// <summary>The middle value, or the mean of the two middle values for an even count; values in any order.</summary>
    public static decimal Median(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return MedianSortingInPlace(values.ToArray());
    }

    /// <summary>The median of values already sorted ascending (at least one).</summary>
    public static decimal MedianOfSorted(ReadOnlySpan<decimal> sorted)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("The median of no values is undefined.", nameof(sorted));
        }

        var middle = sorted.Length / 2;
        if (sorted.Length % 2 == 1)
        {
            return sorted[middle];
        }

        var low = sorted[middle - 1];
        var high = sorted[middle];
        return low == high ? low : (low + high) / 2m;
    }

    /// <summary>The median of a few values in any order, without allocating: sorts <paramref name="values"/> in place.</summary>
    public static decimal MedianSortingInPlace(Span<decimal> values)
    {
        values.Sort();
        return MedianOfSorted(values);
    }

    /// <summary>The spec's delta, <c>(value − baseline) × direction</c>: positive when <paramref name="value"/> is better.</summary>
    public static decimal Delta(MetricDefinition metric, decimal value, decimal baseline)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric.Direction == Direction.LowerIsBetter ? baseline - value : value - baseline;
    }

    /// <summary>An improvement win's test: better than the baseline by at least the metric's minimum step (a delta equal to it counts).</summary>
    public static bool BeatsByMinimumStep(MetricDefinition metric, decimal value, decimal baseline)
    {
        var delta = Delta(metric, value, baseline);

        // Every metric's minimum step is positive, so a delta of zero or less never reaches it: skip the threshold maths.
        return delta > 0m && delta >= metric.MinStep(baseline);
    }

    /// <summary>The "meaningful" tier: better than the baseline by at least the clinically important change.</summary>
    public static bool IsClinicallyImportantImprovement(MetricDefinition metric, decimal value, decimal baseline) =>
        IsClinicallyImportant(metric, Delta(metric, value, baseline), baseline);

    /// <summary>Worse than the baseline by at least the clinically important change, e.g. the clinician's "pain above usual".</summary>
    public static bool IsClinicallyImportantWorsening(MetricDefinition metric, decimal value, decimal baseline) =>
        IsClinicallyImportant(metric, -Delta(metric, value, baseline), baseline);

    /// <summary>A change the clinically important change applies to; a metric without one never has such a change.</summary>
    private static bool IsClinicallyImportant(MetricDefinition metric, decimal change, decimal baseline) =>
        change > 0m && metric.ClinicallyImportantChange(baseline) is { } important && change >= important;

    private static decimal? InWindow(IReadOnlyDictionary<DateOnly, decimal> recorded, DateOnly date, int days, int minValues)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        Span<decimal> window = stackalloc decimal[days];
        var count = 0;
        for (var back = 1; back <= days; back++)
        {
            if (recorded.TryGetValue(date.AddDays(-back), out var value))
            {
                window[count++] = value;
            }
        }

        return count >= minValues ? MedianSortingInPlace(window[..count]) : null;
    }
}
