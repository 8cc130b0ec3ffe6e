using System.Globalization;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Web.Features.WeekInWins;

/// <summary>
/// "Sitting: usually 40 min this week, 35 min last week — 5 min longer." Both weeks are always stated; the difference is
/// computed from the two rounded values printed, and it is written only when the week went the better way. A harder week
/// is stated neutrally, the two numbers and nothing more, never as a headline.
/// </summary>
public static class WeekComparison
{
    public static WeekMetricLine Describe(MetricDefinition metric, decimal? thisWeek, decimal? lastWeek, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var name = Name(metric);
        var now = thisWeek is { } a ? Rounded(metric, a) : (decimal?)null;
        var then = lastWeek is { } b ? Rounded(metric, b) : (decimal?)null;
        if (now is null || then is null)
        {
            var only = now is { } n
                ? $"usually {MetricFormat.FormatValue(metric, n, unit)} this week; not recorded last week"
                : $"not recorded this week; usually {MetricFormat.FormatValue(metric, then!.Value, unit)} last week";
            return new(metric.Key, $"{name}: {only}.", WeekTrend.OnlyOneWeek);
        }

        var both = $"{name}: usually {MetricFormat.FormatValue(metric, now.Value, unit)} this week, {MetricFormat.FormatValue(metric, then.Value, unit)} last week";
        var difference = now.Value - then.Value;
        if (difference == 0)
        {
            return new(metric.Key, $"{both} — about the same.", WeekTrend.Same);
        }

        var better = metric.Direction == Direction.LowerIsBetter ? difference < 0 : difference > 0;
        return better
            ? new(metric.Key, $"{both} — {Change(metric, Math.Abs(difference), unit)}.", WeekTrend.Better)
            : new(metric.Key, $"{both}.", WeekTrend.Lower);
    }

    /// <summary>The short name a sentence starts with: Sitting, Walking, Pain, or the patient's own metric's name.</summary>
    public static string Name(MetricDefinition metric) => metric.Key switch
    {
        _ when metric is CustomMetric => metric.Name,
        BuiltInMetrics.SittingKey => "Sitting",
        BuiltInMetrics.WalkingKey => "Walking",
        BuiltInMetrics.PainKey => "Pain",
        _ => metric.Name,
    };

    /// <summary>Rounded as printed: pain to 0.1 point, minutes whole, distances to 10 m, custom metrics to 2 decimals.</summary>
    private static decimal Rounded(MetricDefinition metric, decimal value) => metric switch
    {
        CustomMetric => Math.Round(value, 2, MidpointRounding.AwayFromZero),
        _ when metric.Key == BuiltInMetrics.SittingKey => Math.Round(value, 0, MidpointRounding.AwayFromZero),
        _ when metric.Key == BuiltInMetrics.WalkingKey => Math.Round(value / 10m, 0, MidpointRounding.AwayFromZero) * 10m,
        _ => Math.Round(value, 1, MidpointRounding.AwayFromZero),
    };

    /// <summary>The better-way difference: "5 min longer", "1 point lower", "0.5 km further", "3 degrees higher".</summary>
    private static string Change(MetricDefinition metric, decimal amount, DistanceUnit unit) => metric switch
    {
        CustomMetric => string.Create(CultureInfo.InvariantCulture, $"{MetricFormat.FormatValue(metric, amount, unit)} {(metric.Direction == Direction.LowerIsBetter ? "lower" : "higher")}"),
        _ when metric.Key == BuiltInMetrics.SittingKey => $"{MetricFormat.FormatValue(metric, amount, unit)} longer",
        _ when metric.Key == BuiltInMetrics.WalkingKey => $"{MetricFormat.FormatDistance(amount, unit)} further",
        _ => $"{MetricFormat.FormatValue(metric, amount, unit)} lower",
    };
}
