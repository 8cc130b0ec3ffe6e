using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Web.Features.Progress;

namespace Healactively.Web.Features.Home;

/// <summary>How today compares with a day in the past, from the patient's side: better, the same, or lower this time.</summary>
public enum Trend
{
    /// <summary>One of the two days was not recorded: nothing to compare.</summary>
    Unknown,
    Better,
    Same,
    Lower,
}

/// <summary>Today against one earlier day: "A week ago (Wed 18 Nov): 30 min · 15 min longer now".</summary>
public sealed record ThenAndNowComparison(string When, DateOnly Date, string? Then, Trend Trend, string? Change);

/// <summary>One metric's card: today's value and how it compares with a week and a month ago.</summary>
public sealed record ThenAndNowCard(string Key, string Name, string? Today, ThenAndNowComparison WeekAgo, ThenAndNowComparison MonthAgo)
{
    public bool Improved => WeekAgo.Trend == Trend.Better || MonthAgo.Trend == Trend.Better;

    public bool Dipped => WeekAgo.Trend == Trend.Lower || MonthAgo.Trend == Trend.Lower;

    /// <summary>
    /// Set when today is lower than both a week and a month ago: the card then reads neutrally, without a headline
    /// about what got worse ("A harder day: 20 min today; your usual last month is 40 min").
    /// </summary>
    public string? HarderDay { get; init; }

    /// <summary>The two comparisons, the one that improved first ("week" or "month" with its comparison).</summary>
    public IReadOnlyList<(string Key, ThenAndNowComparison Comparison)> InOrder =>
        MonthAgo.Trend == Trend.Better && WeekAgo.Trend != Trend.Better
            ? [("month", MonthAgo), ("week", WeekAgo)]
            : [("week", WeekAgo), ("month", MonthAgo)];
}

/// <summary>
/// Words for "then and now": improvements said plainly and positively ("15 min longer now", "2 points lower now"),
/// dips said honestly and without blame ("5 min shorter now", shown to clinicians; the patient's home shows only the
/// earlier number), a day lower than both a week and a month ago as a neutral "harder day", and missing days as "not recorded".
/// </summary>
public static class ThenAndNow
{
    /// <summary>"A week ago" is the first day of today's week window, "a month ago" the first day of its month window.</summary>
    public const int WeekAgoDays = Baselines.WeekDays;

    public const int MonthAgoDays = Baselines.MonthDays;

    /// <summary>The metrics' cards, those that improved first (otherwise in the metrics' order).</summary>
    public static IReadOnlyList<ThenAndNowCard> Cards(MetricHistory history, DateOnly today, DistanceUnit distanceUnit)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Metrics
            .Select(metric =>
            {
                var card = Card(metric, today, history.ValueOn(metric, today), history.ValueOn(metric, today.AddDays(-WeekAgoDays)),
                    history.ValueOn(metric, today.AddDays(-MonthAgoDays)), distanceUnit);
                return card is { WeekAgo.Trend: Trend.Lower, MonthAgo.Trend: Trend.Lower } && history.ValueOn(metric, today) is { } now
                    ? card with { HarderDay = HarderDay(metric, now, Baselines.Month(history.Recorded(metric), today), card.MonthAgo, distanceUnit) }
                    : card;
            })
            .OrderBy(card => card.Improved ? 0 : 1)
            .ToArray();
    }

    /// <summary>"A harder day: 20 min today; your usual last month is 40 min" (or "a month ago it was 40 min" without a usual).</summary>
    public static string HarderDay(MetricDefinition metric, decimal now, decimal? usualLastMonth, ThenAndNowComparison monthAgo, DistanceUnit distanceUnit)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(monthAgo);
        var today = MetricFormat.FormatValue(metric, now, distanceUnit);
        return usualLastMonth is { } usual
            ? $"A harder day: {today} today; your usual last month is {MetricFormat.FormatValue(metric, usual, distanceUnit)}"
            : $"A harder day: {today} today; a month ago it was {monthAgo.Then}";
    }

    public static ThenAndNowCard Card(MetricDefinition metric, DateOnly today, decimal? now, decimal? weekAgo, decimal? monthAgo, DistanceUnit distanceUnit)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return new ThenAndNowCard(
            metric.Key,
            metric.Name,
            now is { } value ? MetricFormat.FormatValue(metric, value, distanceUnit) : null,
            Compare(metric, "A week ago", today.AddDays(-WeekAgoDays), now, weekAgo, distanceUnit),
            Compare(metric, "A month ago", today.AddDays(-MonthAgoDays), now, monthAgo, distanceUnit));
    }

    public static ThenAndNowComparison Compare(MetricDefinition metric, string when, DateOnly date, decimal? now, decimal? then, DistanceUnit distanceUnit)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var thenText = then is { } t ? MetricFormat.FormatValue(metric, t, distanceUnit) : null;
        if (now is not { } current || then is not { } past)
        {
            return new ThenAndNowComparison(when, date, thenText, Trend.Unknown, null);
        }

        var better = Baselines.Delta(metric, current, past);
        if (better == 0m)
        {
            return new ThenAndNowComparison(when, date, thenText, Trend.Same, "the same as then");
        }

        var amount = MetricFormat.FormatValue(metric, Math.Abs(current - past), distanceUnit);
        var trend = better > 0m ? Trend.Better : Trend.Lower;
        return new ThenAndNowComparison(when, date, thenText, trend, $"{amount} {Word(metric, trend)} now");
    }

    /// <summary>The word for a change in the metric's own terms: longer/shorter, further, lower/higher, better.</summary>
    public static string Word(MetricDefinition metric, Trend trend)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var improved = trend == Trend.Better;
        if (ChartUnits.IsBuiltIn(metric, BuiltInMetrics.SittingKey))
        {
            return improved ? "longer" : "shorter";
        }

        if (ChartUnits.IsBuiltIn(metric, BuiltInMetrics.WalkingKey))
        {
            return improved ? "further" : "shorter";
        }

        if (ChartUnits.IsBuiltIn(metric, BuiltInMetrics.PainKey))
        {
            return improved ? "lower" : "higher";
        }

        if (improved)
        {
            return "better";
        }

        return metric.Direction == Direction.HigherIsBetter ? "lower" : "higher";
    }
}
