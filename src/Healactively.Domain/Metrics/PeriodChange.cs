namespace Healactively.Domain.Metrics;

/// <summary>
/// One metric over a review period: the median of the values recorded in its first and in its last
/// <see cref="PeriodChange.EdgeDays"/> days, and whether the change between them reaches the metric's clinically
/// important change (win-detection.md), taking the first median as the baseline. Missing days are never zero.
/// </summary>
public sealed record PeriodChange(MetricDefinition Metric, decimal? FirstMedian, decimal? LastMedian)
{
    /// <summary>The first and the last two weeks of a period are compared.</summary>
    public const int EdgeDays = 14;

    /// <summary>Both ends have a recorded value.</summary>
    public bool HasBoth => FirstMedian is not null && LastMedian is not null;

    /// <summary>The spec's delta, positive when the last weeks are better; null without both ends.</summary>
    public decimal? BetterBy => HasBoth ? Baselines.Delta(Metric, LastMedian!.Value, FirstMedian!.Value) : null;

    /// <summary>Better or worse by at least the clinically important change (never for a metric without one).</summary>
    public bool ClinicallyImportant => HasBoth
        && (Baselines.IsClinicallyImportantImprovement(Metric, LastMedian!.Value, FirstMedian!.Value)
            || Baselines.IsClinicallyImportantWorsening(Metric, LastMedian.Value, FirstMedian.Value));

    /// <summary>The first and last <see cref="EdgeDays"/> days of <paramref name="from"/> … <paramref name="to"/>; days outside are ignored.</summary>
    public static PeriodChange Of(MetricDefinition metric, IReadOnlyDictionary<DateOnly, decimal> recorded, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(recorded);
        return new PeriodChange(
            metric,
            MedianBetween(recorded, from, Min(from.AddDays(EdgeDays - 1), to)),
            MedianBetween(recorded, Max(to.AddDays(1 - EdgeDays), from), to));
    }

    private static decimal? MedianBetween(IReadOnlyDictionary<DateOnly, decimal> recorded, DateOnly first, DateOnly last)
    {
        var values = new List<decimal>(EdgeDays);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (recorded.TryGetValue(day, out var value))
            {
                values.Add(value);
            }
        }

        return values.Count == 0 ? null : Baselines.Median(values);
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
