using System.Globalization;
using Healactively.Domain.Journal;

namespace Healactively.Domain.Metrics;

/// <summary>
/// How numbers and distances are written for patients and in exports:
/// invariant culture, at most two decimals, no trailing zeros (32.5, 45, 1.25).
/// </summary>
public static class MetricFormat
{
    /// <summary>The international mile in metres.</summary>
    public const decimal MetersPerMile = 1609.344m;

    /// <summary>Invariant culture, rounded (half away from zero) to at most 2 decimals, no trailing zeros or group separators.</summary>
    public static string FormatNumber(decimal value) => new FormattedNumber(value).ToString();

    /// <summary>
    /// A distance stored in metres, in the patient's unit: "400 m" and "1.25 km" (kilometres from 1000 m on),
    /// or "0.75 mi".
    /// </summary>
    public static string FormatDistance(decimal meters, DistanceUnit unit) => new FormattedDistance(meters, unit).ToString();

    /// <summary>
    /// Two distances in one unit, for "before → after": "600 → 800 m", "1.2 → 1.6 km", "0.75 → 0.99 mi".
    /// Kilometres are used as soon as either distance reaches 1000 m.
    /// </summary>
    public static string FormatDistanceChange(decimal fromMeters, decimal toMeters, DistanceUnit unit) =>
        new FormattedDistanceChange(fromMeters, toMeters, unit).ToString();

    /// <summary>
    /// The difference of two distances as printed beside <see cref="FormatDistanceChange"/>, computed from the two rounded
    /// values that change shows, so the numbers of one sentence add up as written ("0.75 → 0.99 mi": "0.24 mi").
    /// </summary>
    public static string FormatDistanceDifference(decimal fromMeters, decimal toMeters, DistanceUnit unit) =>
        new FormattedDistanceDifference(fromMeters, toMeters, unit).ToString();

    /// <summary>
    /// The difference <c>|value − baseline|</c> as a sentence prints it: from the two values rounded as they are printed
    /// (the stored delta stays exact). For distances see <see cref="FormatDistanceDifference"/>.
    /// </summary>
    public static decimal PrintedDifference(decimal baseline, decimal value) =>
        Math.Abs(FormattedDistanceDifference.Printed(value) - FormattedDistanceDifference.Printed(baseline));

    /// <summary>
    /// One value of a metric with its unit: "45 min", "3 points", "1 point", "1.6 km", "40 degrees"
    /// (a metric without a unit shows the number alone).
    /// </summary>
    public static string FormatValue(MetricDefinition metric, decimal value, DistanceUnit distanceUnit)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (IsBuiltIn(metric, BuiltInMetrics.WalkingKey))
        {
            return FormatDistance(value, distanceUnit);
        }

        var unit = IsBuiltIn(metric, BuiltInMetrics.PainKey) ? Plural(value, "point", "points") : metric.Unit;
        return string.Create(CultureInfo.InvariantCulture, $"{new FormattedNumber(value)}{SpaceBefore(unit)}{unit}");
    }

    /// <summary>The space between a number and its unit, or nothing when the unit is empty.</summary>
    internal static string SpaceBefore(string unit) => string.IsNullOrEmpty(unit) ? string.Empty : " ";

    internal static string Plural(decimal value, string singular, string plural) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero) == 1m ? singular : plural;

    internal static bool IsBuiltIn(MetricDefinition metric, string key) =>
        metric is not CustomMetric && string.Equals(metric.Key, key, StringComparison.Ordinal);
}
