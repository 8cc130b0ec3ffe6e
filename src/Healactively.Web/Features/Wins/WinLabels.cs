using System.Globalization;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Outcomes;
using Healactively.Domain.Wins;

namespace Healactively.Web.Features.Wins;

/// <summary>Plain words for a win's kind and metric, and the numbers behind it, in the patient's units.</summary>
public static class WinLabels
{
    public static string Kind(WinKind kind) => kind switch
    {
        WinKind.Improvement => "Improvement",
        WinKind.PersonalBest => "Personal best",
        WinKind.FlareRecoveryFaster => "Faster flare-up recovery",
        WinKind.Streak => "Journaling streak",
        WinKind.MicroWin => "Functional win",
        WinKind.FirstIn30Days => "First in 30 days",
        WinKind.PsfsActivity => "Activity easier",
        WinKind.PsfsScore => "Activities score up",
        WinKind.PegScore => "Pain's grip eased",
        WinKind.GoalReached => "Goal reached",
        _ => kind.ToString(),
    };

    /// <summary>"Improvement (week)", "Personal best": short enough for a table cell.</summary>
    public static string Brief(WinKind kind, WinWindow? window) => window switch
    {
        WinWindow.Week => $"{Kind(kind)} (week)",
        WinWindow.Month when kind == WinKind.Improvement => $"{Kind(kind)} (month)",
        _ => Kind(kind),
    };

    /// <summary>The name a patient knows a win's metric by: a metric, a checklist item, journaling or flare-ups.</summary>
    public static string Metric(string key, IReadOnlyDictionary<string, MetricDefinition> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        if (metrics.TryGetValue(key, out var metric))
        {
            return metric.Name;
        }

        if (string.Equals(key, WinKeys.StreakMetric, StringComparison.Ordinal))
        {
            return "Journaling";
        }

        if (string.Equals(key, WinKeys.FlareMetric, StringComparison.Ordinal))
        {
            return "Flare-ups";
        }

        if (OutcomeKeys.IsOutcome(key))
        {
            return key switch
            {
                OutcomeKeys.Psfs => "Activities score (PSFS)",
                OutcomeKeys.Peg => "Pain and its interference (PEG)",
                _ => "An activity you rate weekly",
            };
        }

        return FunctionalWinCatalog.FindByKey(key)?.Label ?? key;
    }

    /// <summary>
    /// The numbers that prove a win, e.g. "Usual last week: 30 min → 45 min · 15 min better",
    /// or null for the kinds that have none (checklist wins).
    /// </summary>
    public static string? Numbers(
        WinKind kind, WinWindow? window, decimal? baseline, decimal? value, decimal? delta, MetricDefinition? metric, DistanceUnit distanceUnit)
    {
        switch (kind)
        {
            case WinKind.Improvement or WinKind.PersonalBest when baseline is { } b && value is { } v:
                var label = kind == WinKind.PersonalBest
                    ? "Previous best"
                    : window == WinWindow.Week ? "Usual last week" : "Usual over the last month";
                // The difference printed is the one between the two numbers printed beside it (the stored delta stays exact).
                var change = delta is null ? string.Empty
                    : metric is not null && metric is not CustomMetric && metric.Key == BuiltInMetrics.WalkingKey
                        ? $" · {MetricFormat.FormatDistanceDifference(b, v, distanceUnit)} better"
                        : $" · {Amount(metric, MetricFormat.PrintedDifference(b, v), distanceUnit)} better";
                return $"{label}: {Amount(metric, b, distanceUnit)} → {Amount(metric, v, distanceUnit)}{change}";
            case WinKind.FlareRecoveryFaster when baseline is { } usual && value is { } days:
                var faster = delta is { } by ? $" · {Days(by)} faster" : string.Empty;
                return $"Usual recovery: {Days(usual)} → this time {Days(days)}{faster}";
            case WinKind.Streak when value is { } run:
                return $"{Days(run)} in a row";
            case WinKind.PsfsActivity or WinKind.PsfsScore when baseline is { } first && value is { } now:
                return $"First rating: {MetricFormat.FormatNumber(first)} → now {MetricFormat.FormatNumber(now)} (out of 10)";
            case WinKind.PegScore when baseline is { } first && value is { } now:
                return $"First check-in: {MetricFormat.FormatNumber(first)} → now {MetricFormat.FormatNumber(now)} (0–10, lower is better)";
            case WinKind.GoalReached when value is { } reached:
                return baseline is { } start
                    ? $"Starting point {Amount(metric, start, distanceUnit)} → {Amount(metric, reached, distanceUnit)}"
                    : $"Reached with {Amount(metric, reached, distanceUnit)}";
            default:
                return null;
        }
    }

    /// <summary>
    /// A supporting fact under a moment's headline, shorter than its sentence:
    /// "Also better than your usual last week (45 → 55 min)", "Also your best in a month (before: 50 min)".
    /// </summary>
    public static string Also(WinKind kind, WinWindow? window, decimal? baseline, decimal? value, MetricDefinition? metric, DistanceUnit distanceUnit)
    {
        switch (kind)
        {
            case WinKind.Improvement when baseline is { } b && value is { } v:
                var usual = window == WinWindow.Week ? "your usual last week" : "your usual over the last month";
                var change = metric is not null && metric is not CustomMetric && metric.Key == BuiltInMetrics.WalkingKey
                    ? MetricFormat.FormatDistanceChange(b, v, distanceUnit)
                    : $"{MetricFormat.FormatNumber(b)} → {Amount(metric, v, distanceUnit)}";
                return $"Also better than {usual} ({change})";
            case WinKind.PersonalBest when baseline is { } best:
                return $"Also your best in a month (before: {Amount(metric, best, distanceUnit)})";
            case WinKind.FirstIn30Days:
                return "Also the first time in 30 days";
            case WinKind.MicroWin:
                return "Also one of the functional wins you ticked";
            case WinKind.GoalReached:
                return "Also a goal you set, reached";
            case WinKind.PsfsActivity or WinKind.PsfsScore when baseline is { } first && value is { } now:
                return $"Also up since your first rating ({MetricFormat.FormatNumber(first)} → {MetricFormat.FormatNumber(now)})";
            default:
                return $"Also: {Kind(kind)}";
        }
    }

    private static string Amount(MetricDefinition? metric, decimal value, DistanceUnit distanceUnit) =>
        metric is null ? MetricFormat.FormatNumber(value) : MetricFormat.FormatValue(metric, value, distanceUnit);

    private static string Days(decimal days) =>
        string.Create(CultureInfo.InvariantCulture, $"{MetricFormat.FormatNumber(days)} {(days == 1m ? "day" : "days")}");
}
