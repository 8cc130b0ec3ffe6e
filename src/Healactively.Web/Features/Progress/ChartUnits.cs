using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Web.Features.Progress;

/// <summary>
/// One number scale per chart: walks in the patient's unit (km or mi, never switching to metres mid-axis),
/// every other metric in its own unit, rounded to 2 decimals.
/// </summary>
public static class ChartUnits
{
    public static string UnitOf(MetricDefinition metric, DistanceUnit distanceUnit)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (IsBuiltIn(metric, BuiltInMetrics.WalkingKey))
        {
            return distanceUnit == DistanceUnit.Miles ? "mi" : "km";
        }

        return metric.Unit;
    }

    public static decimal ToChart(MetricDefinition metric, decimal value, DistanceUnit distanceUnit)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var scaled = IsBuiltIn(metric, BuiltInMetrics.WalkingKey)
            ? value / (distanceUnit == DistanceUnit.Miles ? MetricFormat.MetersPerMile : 1000m)
            : value;
        return Math.Round(scaled, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>"45 min", "1.25 km", "3 points", "40 degrees" — a chart number with its unit.</summary>
    public static string Format(MetricDefinition metric, decimal chartValue, DistanceUnit distanceUnit)
    {
        var unit = UnitOf(metric, distanceUnit);
        return string.IsNullOrEmpty(unit) ? MetricFormat.FormatNumber(chartValue) : $"{MetricFormat.FormatNumber(chartValue)} {unit}";
    }

    public static bool IsBuiltIn(MetricDefinition metric, string key) =>
        metric is not CustomMetric && string.Equals(metric.Key, key, StringComparison.Ordinal);
}
