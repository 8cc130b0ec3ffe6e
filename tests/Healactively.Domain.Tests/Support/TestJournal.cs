using System.Globalization;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;

namespace Healactively.Domain.Tests.Support;

/// <summary>Small builders for journals written as tables: values on consecutive days before "today".</summary>
internal static class TestJournal
{
    /// <summary>The worked example's date; most tables look at the wins of this day.</summary>
    public static readonly DateOnly Today = new(2026, 3, 8);

    public static readonly CustomMetric PostureAngle =
        new("posture_angle", "posture angle", "degrees", Direction.HigherIsBetter, minStep: 3m, clinicallyImportantChange: 8m);

    public static readonly CustomMetric PostureAngleWithoutMcid =
        new("posture_angle", "posture angle", "degrees", Direction.HigherIsBetter, minStep: 3m, clinicallyImportantChange: null);

    public static readonly CustomMetric Waist =
        new("waist", "waist", "cm", Direction.LowerIsBetter, minStep: 0.5m, clinicallyImportantChange: 2m);

    public static readonly CustomMetric Score =
        new("score", "score", string.Empty, Direction.HigherIsBetter, minStep: 0.1m, clinicallyImportantChange: null);

    /// <summary>The metrics the rule tables name, by a short name.</summary>
    public static MetricDefinition Metric(string name) => name switch
    {
        "pain" => BuiltInMetrics.Pain,
        "sitting" => BuiltInMetrics.SittingMinutes,
        "walking" => BuiltInMetrics.WalkingMeters,
        "posture" => PostureAngle,
        "posture_no_mcid" => PostureAngleWithoutMcid,
        "waist" => Waist,
        "score" => Score,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown test metric."),
    };

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// One entry per day: <paramref name="before"/> on the days up to the day before <paramref name="today"/>
    /// (the last value is D-1; null = an entry without this metric), then <paramref name="todayValue"/> on D.
    /// </summary>
    public static PatientJournal ForMetric(
        MetricDefinition metric,
        IReadOnlyList<decimal?> before,
        decimal? todayValue,
        DateOnly? today = null,
        DistanceUnit distanceUnit = DistanceUnit.Kilometres)
    {
        var day = today ?? Today;
        var entries = before
            .Select((value, i) => WithValue(new JournalEntry(day.AddDays(i - before.Count)), metric, value))
            .Append(WithValue(new JournalEntry(day), metric, todayValue));
        return new PatientJournal(entries, Metrics(metric), distanceUnit);
    }

    /// <summary>The built-in metrics, plus <paramref name="metric"/> when it is a custom one.</summary>
    public static IReadOnlyList<MetricDefinition> Metrics(MetricDefinition metric) =>
        metric is CustomMetric ? [.. BuiltInMetrics.All, metric] : BuiltInMetrics.All;

    public static JournalEntry WithValue(JournalEntry entry, MetricDefinition metric, decimal? value)
    {
        if (value is null)
        {
            return entry;
        }

        return metric.Key switch
        {
            BuiltInMetrics.PainKey when metric is not CustomMetric => entry with { Pain = (int)value.Value },
            BuiltInMetrics.SittingKey when metric is not CustomMetric => entry with { SittingMinutes = (int)value.Value },
            BuiltInMetrics.WalkingKey when metric is not CustomMetric => entry with { WalkingMeters = (int)value.Value },
            _ => entry with { CustomValues = new Dictionary<string, decimal>(entry.CustomValues) { [metric.Key] = value.Value } },
        };
    }

    /// <summary><paramref name="count"/> copies of a value, for long windows in tables.</summary>
    public static decimal?[] Repeat(decimal? value, int count) => Enumerable.Repeat(value, count).ToArray();

    public static decimal?[] Concat(params decimal?[][] parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>Entries on consecutive days from <paramref name="first"/>, with nothing recorded.</summary>
    public static IEnumerable<JournalEntry> EmptyDays(DateOnly first, int count) =>
        Enumerable.Range(0, count).Select(i => new JournalEntry(first.AddDays(i)));

    /// <summary>A decimal without trailing zeros and with full precision, so "32.5000001" never passes as "32.5".</summary>
    public static string Exact(decimal? value) =>
        value is { } v ? v.ToString("0.############################", CultureInfo.InvariantCulture) : "-";

    /// <summary>Wins of one kind on one date as "window baseline delta tier | …", or "none".</summary>
    public static string Describe(IEnumerable<Win> wins, WinKind kind, DateOnly date, string? metric = null)
    {
        var picked = wins
            .Where(w => w.Kind == kind && w.Date == date && (metric is null || w.Metric == metric))
            .Select(w => string.Join(' ',
                new[] { WinKeys.Of(w.Window), Exact(w.Baseline), Exact(w.Delta), WinKeys.Of(w.Tier) }
                    .Where(s => s.Length > 0)))
            .ToList();
        return picked.Count == 0 ? "none" : string.Join(" | ", picked);
    }
}
