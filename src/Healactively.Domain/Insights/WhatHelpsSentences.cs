using System.Globalization;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Domain.Insights;

/// <summary>
/// Plain sentences for <see cref="WhatHelps"/>: always an association ("on days after …, … on average"), never a cause.
/// </summary>
public static class WhatHelpsSentences
{
    /// <summary>E.g. "On days after “walk”, your pain was 1.2 points lower on average (14 days vs 30)."</summary>
    public static string Describe(TagFinding finding, TagAssociation association, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(association);
        var change = Change(association, unit);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"On days after “{finding.Tag}”, {change} ({Days(association.DaysWith)} vs {association.DaysWithout}).");
    }

    /// <summary>The gentle line for a tag with too few days to compare.</summary>
    public static string NeedsMoreDays(TagFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var parts = new List<string>();
        if (finding.MoreDaysWith > 0)
        {
            parts.Add($"{MoreDays(finding.MoreDaysWith)} with it");
        }

        if (finding.MoreDaysWithout > 0)
        {
            parts.Add($"{MoreDays(finding.MoreDaysWithout)} without it");
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"“{finding.Tag}”: not enough days to compare yet. {Capitalised(string.Join(" and ", parts))}, each followed by a journaled day, and you will see how the next day went.");
    }

    private static string Change(TagAssociation association, DistanceUnit unit)
    {
        var metric = association.Metric;
        if (metric.Key == BuiltInMetrics.PainKey)
        {
            var points = Math.Round(Math.Abs(association.Difference), 1, MidpointRounding.AwayFromZero);
            return points == 0
                ? "your pain was about the same as after other days"
                : $"your pain was {MetricFormat.FormatNumber(points)} {(points == 1 ? "point" : "points")} {(association.Difference < 0 ? "lower" : "higher")} on average";
        }

        if (metric.Key == BuiltInMetrics.SittingKey)
        {
            var minutes = Math.Round(Math.Abs(association.Difference), 0, MidpointRounding.AwayFromZero);
            return minutes == 0
                ? "you could sit about as long as after other days"
                : $"you could sit {MetricFormat.FormatNumber(minutes)} min {(association.Difference > 0 ? "longer" : "less")} on average";
        }

        // Walking: distances to the nearest 10 m, written in the patient's unit.
        var meters = Math.Round(Math.Abs(association.Difference) / 10m, 0, MidpointRounding.AwayFromZero) * 10m;
        return meters == 0
            ? "you walked about as far as after other days"
            : $"you walked {MetricFormat.FormatDistance(meters, unit)} {(association.Difference > 0 ? "further" : "less far")} on average";
    }

    private static string Days(int count) => count == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{count} days");

    private static string MoreDays(int count) => count == 1 ? "1 more day" : string.Create(CultureInfo.InvariantCulture, $"{count} more days");

    private static string Capitalised(string text) => text.Length == 0 ? text : string.Concat(text[..1].ToUpperInvariant(), text[1..]);
}
