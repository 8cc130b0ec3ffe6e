using System.Globalization;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Features.Home;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Progress;
using Healactively.Web.Features.WeekInWins;
using Healactively.Web.Features.Wins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Care;

/// <summary>One metric's line in the summary: "Sitting: median 30 → 45 min, 15 min longer", flagged when clinically important.</summary>
public sealed record SummaryMetricLine(string MetricKey, string Name, string? First, string? Last, string? Change, bool ClinicallyImportant)
{
    public string Sentence => (First, Last) switch
    {
        (null, null) => $"{Name}: not recorded in this period",
        ({ } first, null) => $"{Name}: median {first} in the first two weeks; not recorded in the last two weeks",
        (null, { } last) => $"{Name}: not recorded in the first two weeks; median {last} in the last two weeks",
        ({ } first, { } last) => $"{Name}: median {first} → {last}, {Change}",
    };
}

/// <summary>One of the period's strongest moments, in the third person, with its tier as a clinician reads it.</summary>
public sealed record SummaryMoment(DateOnly Date, string Sentence, string TierLabel);

/// <summary>A review period's summary: per metric, days journaled, flare-ups against the period before, the strongest moments.</summary>
public sealed record PeriodSummary(
    int Days,
    DateOnly From,
    DateOnly To,
    IReadOnlyList<SummaryMetricLine> Metrics,
    int DaysJournaled,
    int MomentCount,
    FlareStats Flares,
    IReadOnlyList<SummaryMoment> StrongestMoments,
    MetricHistory Values)
{
    public int JournaledPercent => (int)Math.Round(100m * DaysJournaled / Days, MidpointRounding.AwayFromZero);

    /// <summary>"Journaled 21 of 30 days (70 %)".</summary>
    public string JournaledSentence => string.Create(CultureInfo.InvariantCulture, $"Journaled {DaysJournaled} of {Days} days ({JournaledPercent} %)");

    /// <summary>"2 flare-ups, median recovery 3 days; fewer than the 30 days before (3)".</summary>
    public string FlareSentence
    {
        get
        {
            var current = Flares.Current;
            var count = current.Count switch { 0 => "No flare-ups", 1 => "1 flare-up", var n => string.Create(CultureInfo.InvariantCulture, $"{n} flare-ups") };
            var recovery = current.MedianRecoveryDays is { } days
                ? string.Create(CultureInfo.InvariantCulture, $", median recovery {MetricFormat.FormatNumber(days)} {(days == 1 ? "day" : "days")}")
                : current.Count > 0 ? ", none over yet" : string.Empty;
            var before = Flares.Previous.Count;
            var trend = Flares.Trend switch
            {
                FlareTrend.None => $"none in the {Days} days before either",
                FlareTrend.Fewer => string.Create(CultureInfo.InvariantCulture, $"fewer than the {Days} days before ({before})"),
                FlareTrend.More => string.Create(CultureInfo.InvariantCulture, $"more than the {Days} days before ({before})"),
                _ => string.Create(CultureInfo.InvariantCulture, $"as many as the {Days} days before ({before})"),
            };
            return $"{count}{recovery}; {trend}";
        }
    }

    public string PeriodText => $"{PeriodSummaryQuery.Format(From)} – {PeriodSummaryQuery.Format(To)}";
}

/// <summary>
/// The summary a clinician reads first, for the last 30, 90 or 365 patient-local days (today included). Reads the period's
/// numbers (no free text), its wins, and the flare marks only; the rules are the domain's (<see cref="PeriodChange"/>,
/// <see cref="FlareStats"/>, the moments' strength order and <see cref="ThirdPersonSentence"/>).
/// </summary>
public sealed class PeriodSummaryQuery(AppDbContext db, MetricHistoryQuery history, FlareSequenceCheck flareMarks)
{
    public const int StrongestMomentCount = 5;

    public static IReadOnlyList<int> Periods { get; } = [30, 90, 365];

    /// <summary>30, 90 or 365; anything else is 30.</summary>
    public static int NormalizeDays(int? days) => days is { } d && Periods.Contains(d) ? d : Periods[0];

    public static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public async Task<PeriodSummary> RunAsync(PatientContext patient, int days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        days = NormalizeDays(days);
        var to = patient.Today;
        var from = to.AddDays(1 - days);

        var values = await history.LoadAsync(patient.PatientId, from, to, cancellationToken);
        var metricsByKey = values.Metrics.ToDictionary(m => m.Key, StringComparer.Ordinal);
        var lines = values.Metrics
            .Select(m => Line(PeriodChange.Of(m, values.Recorded(m), from, to), patient.DistanceUnit))
            .ToArray();

        var flares = FlareStats.Of((await flareMarks.TimelineAsync(patient.PatientId, cancellationToken)).Episodes, from, to);

        var wins = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patient.PatientId && w.Date >= from && w.Date <= to)
            .Select(w => new { w.Date, w.Kind, w.Metric, w.Window, w.Baseline, w.Value, w.Delta, w.Tier, w.Message })
            .ToListAsync(cancellationToken);
        var facts = wins.Select(w => MomentCards.Fact(w.Date, w.Kind, w.Metric, w.Window, w.Tier, w.Baseline, w.Value, w.Delta, w.Message, metricsByKey, patient.DistanceUnit)).ToArray();
        var strongest = MomentCards.StrongestFirst(facts, MomentCards.OrderOf(values.Metrics), metricsByKey)
            .Take(StrongestMomentCount)
            .Select(m =>
            {
                var h = m.Headline;
                var win = new Win(h.Date, h.Kind, h.Metric, h.Window, h.Baseline, h.Value, null, h.Tier, string.Empty);
                return new SummaryMoment(h.Date, ThirdPersonSentence.For(win, metricsByKey.GetValueOrDefault(h.Metric), patient.DisplayName, patient.DistanceUnit), h.TierLabel);
            })
            .ToArray();

        return new PeriodSummary(days, from, to, lines, values.Entries.Count, MomentCards.Count(facts), flares, strongest, values);
    }

    /// <summary>The line of one metric: both medians as printed and the difference between the printed values, in its own words.</summary>
    public static SummaryMetricLine Line(PeriodChange change, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(change);
        var metric = change.Metric;
        var first = change.FirstMedian is { } a ? MetricFormat.FormatValue(metric, a, unit) : null;
        var last = change.LastMedian is { } b ? MetricFormat.FormatValue(metric, b, unit) : null;
        string? words = null;
        if (change.BetterBy is { } better)
        {
            var trend = better > 0 ? Trend.Better : better < 0 ? Trend.Lower : Trend.Same;
            words = trend == Trend.Same
                ? "the same"
                : $"{Difference(metric, change.FirstMedian!.Value, change.LastMedian!.Value, unit)} {ThenAndNow.Word(metric, trend)}";
        }

        return new SummaryMetricLine(metric.Key, WeekComparison.Name(metric), first, last, words, change.ClinicallyImportant);
    }

    private static string Difference(MetricDefinition metric, decimal from, decimal to, DistanceUnit unit) =>
        metric.Key == BuiltInMetrics.WalkingKey && metric is not CustomMetric
            ? MetricFormat.FormatDistanceDifference(from, to, unit)
            : MetricFormat.FormatValue(metric, Math.Abs(to - from), unit);
}
