using System.Globalization;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Domain.Insights;

/// <summary>
/// Plain sentences for <see cref="WhatHelps"/>: always an association ("on days after …, … on average"), never a cause.
/// </summary>
public static class WhatHelpsSentences
{
    /// <summary>
    /// Both changes, stated plainly, e.g. "After days with “walk”, your pain the next day went down by 2 points on
    /// average; after other days it went up by 2 points (12 days vs 11)."
    /// </summary>
    public static string Describe(TagFinding finding, TagAssociation association, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(association);
        var metric = association.Metric;
        var noun = metric.Key == BuiltInMetrics.PainKey ? "pain" : metric.Key == BuiltInMetrics.SittingKey ? "sitting time" : "walking distance";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"After days with “{finding.Tag}”, your {noun} the next day {Change(metric, association.MeanChangeWith, unit)} on average; after other days it {Change(metric, association.MeanChangeWithout, unit)} ({Days(association.DaysWith)} vs {association.DaysWithout}).");
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

    /// <summary>"went down by 2 points", "went up by 5 min", "stayed about the same": rounded as printed.</summary>
    private static string Change(MetricDefinition metric, decimal change, DistanceUnit unit)
    {
        string amount;
        if (metric.Key == BuiltInMetrics.PainKey)
        {
            var points = Math.Round(Math.Abs(change), 1, MidpointRounding.AwayFromZero);
            amount = points == 0 ? "" : $"{MetricFormat.FormatNumber(points)} {(points == 1 ? "point" : "points")}";
        }
        else if (metric.Key == BuiltInMetrics.SittingKey)
        {
            var minutes = Math.Round(Math.Abs(change), 0, MidpointRounding.AwayFromZero);
            amount = minutes == 0 ? "" : $"{MetricFormat.FormatNumber(minutes)} min";
        }
        else
        {
            // Walking: distances to the nearest 10 m, written in the patient's unit.
            var meters = Math.Round(Math.Abs(change) / 10m, 0, MidpointRounding.AwayFromZero) * 10m;
            amount = meters == 0 ? "" : MetricFormat.FormatDistance(meters, unit);
        }

        return amount.Length == 0 ? "stayed about the same" : $"went {(change < 0 ? "down" : "up")} by {amount}";
    }

    private static string Days(int count) => count == 1 ? "1 day" : string.Create(CultureInfo.InvariantCulture, $"{count} days");

    private static string MoreDays(int count) => count == 1 ? "1 more day" : string.Create(CultureInfo.InvariantCulture, $"{count} more days");

    private static string Capitalised(string text) => text.Length == 0 ? text : string.Concat(text[..1].ToUpperInvariant(), text[1..]);
}
