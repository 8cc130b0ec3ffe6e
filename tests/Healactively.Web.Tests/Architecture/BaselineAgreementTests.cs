using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using Healactively.Web.Features.Care;
using Healactively.Web.Features.Home;
using Healactively.Web.Features.Progress;

namespace Healactively.Web.Tests.Architecture;

/// <summary>
/// Every screen that shows a baseline agrees with the one domain rule (<see cref="Baselines"/>): the progress charts'
/// week and month baselines, the clinician triage's "pain above usual", the home's then-and-now cards and the win
/// detector's improvement wins, on every date of a table of small journals.
/// </summary>
public sealed class BaselineAgreementTests
{
    private static readonly DateOnly Today = new(2026, 3, 8);

    private static readonly Dictionary<string, JournalEntry[]> SmallJournals = new(StringComparer.Ordinal)
    {
        ["the worked example"] = Days(sitting: [30, 35, 30, 40, 35, null, 30, 45]),
        ["two values, then a third"] = Days(sitting: [30, 40, 60, 70]),
        ["D-8 falls out of the week"] = Days(sitting: [20, 30, 30, null, null, null, null, null, null, 40]),
        ["a calm month, then pain rising"] = Days(pain: [.. Enumerable.Repeat<int?>(3, 30), 4, 5, 7]),
        ["an even month, pain just under the clinically important change"] =
            Days(pain: [.. Enumerable.Range(0, 30).Select(i => (int?)(i % 2 == 0 ? 6 : 7)), 8, 9]),
        ["pain at zero, then one point"] = Days(pain: [.. Enumerable.Repeat<int?>(0, 10), 1, 0, 2]),
        ["walking with gaps"] = Days(walking: [800, null, 900, null, 1000, 800, null, 1200, 1050, 2000, null, 1500]),
        ["a random journal (seed 1)"] = RandomDays(1),
        ["a random journal (seed 2)"] = RandomDays(2),
        ["a random journal (seed 3)"] = RandomDays(3),
    };

    public static TheoryData<string> Journals => new(SmallJournals.Keys);

    [Theory]
    [MemberData(nameof(Journals))]
    public void Progress_chart_baselines_are_the_domain_baselines(string journal)
    {
        var entries = SmallJournals[journal];
        var (from, to) = (entries[0].Date, entries[^1].Date);

        var series = ProgressSeriesBuilder.Build(new MetricHistory(BuiltInMetrics.All, entries), [], from, to, DistanceUnit.Kilometres);

        foreach (var metric in BuiltInMetrics.All)
        {
            var recorded = Recorded(entries, metric);
            var points = Assert.Single(series, s => s.Key == metric.Key).Points;
            Assert.Equal(to.DayNumber - from.DayNumber + 1, points.Count);
            foreach (var point in points)
            {
                Assert.Equal(Chart(metric, Baselines.Week(recorded, point.Date)), point.WeekBaseline);
                Assert.Equal(Chart(metric, Baselines.Month(recorded, point.Date)), point.MonthBaseline);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Journals))]
    public void Triage_flags_pain_above_usual_exactly_when_the_domain_sees_two_of_the_last_three_values_clinically_worse(string journal)
    {
        var entries = SmallJournals[journal];
        var pain = Recorded(entries, BuiltInMetrics.Pain);

        for (var today = entries[0].Date; today <= entries[^1].Date.AddDays(Baselines.WeekDays); today = today.AddDays(1))
        {
            var row = TriagePain.Of(pain, today);

            // Pain now is the newest of the 7 dates ending today.
            var weekStart = today.AddDays(1 - Baselines.WeekDays);
            DateOnly? newest = pain.Keys.Where(d => d >= weekStart && d <= today).Select(d => (DateOnly?)d).Max();
            Assert.Equal(newest, row.Date);
            if (newest is not { } date)
            {
                Assert.False(row.AboveUsual);
                continue;
            }

            // Flagged when at least 2 of the last 3 recorded values (within the newest one's month) are a clinically
            // important worsening against the month baseline of the newest: one high day is not a flag.
            var baseline = Baselines.Month(pain, date);
            Assert.Equal(baseline, row.Baseline);
            var lastThree = pain.Keys.Where(d => d <= date && d >= date.AddDays(-Baselines.MonthDays)).OrderDescending().Take(3);
            var worse = baseline is { } usual
                && lastThree.Count(d => Baselines.IsClinicallyImportantWorsening(BuiltInMetrics.Pain, pain[d], usual)) >= 2;
            Assert.Equal(worse, row.AboveUsual);
        }
    }

    [Theory]
    [MemberData(nameof(Journals))]
    public void Improvement_wins_are_exactly_the_values_that_beat_the_domain_baselines_by_the_minimum_step(string journal)
    {
        var entries = SmallJournals[journal];
        var wins = WinDetector.Detect(new PatientJournal(entries));

        foreach (var metric in BuiltInMetrics.All)
        {
            var recorded = Recorded(entries, metric);
            foreach (var (date, value) in recorded)
            {
                AssertImprovement(wins, metric, WinWindow.Week, date, value, Baselines.Week(recorded, date));
                AssertImprovement(wins, metric, WinWindow.Month, date, value, Baselines.Month(recorded, date));
            }

            Assert.All(
                wins.Where(w => w.Kind == WinKind.Improvement && w.Metric == metric.Key),
                w => Assert.True(recorded.ContainsKey(w.Date), $"{w.Date}: a win without a recorded value"));
        }
    }

    [Theory]
    [MemberData(nameof(Journals))]
    public void Then_and_now_cards_compare_a_week_and_a_month_back_with_the_domain_direction(string journal)
    {
        var entries = SmallJournals[journal];
        var history = new MetricHistory(BuiltInMetrics.All, entries);

        foreach (var today in entries.Select(e => e.Date))
        {
            foreach (var card in ThenAndNow.Cards(history, today, DistanceUnit.Kilometres))
            {
                var metric = Assert.Single(BuiltInMetrics.All, m => m.Key == card.Key);
                Assert.Equal(today.AddDays(-Baselines.WeekDays), card.WeekAgo.Date);
                Assert.Equal(today.AddDays(-Baselines.MonthDays), card.MonthAgo.Date);
                Assert.Equal(ExpectedTrend(metric, history.ValueOn(metric, today), history.ValueOn(metric, card.WeekAgo.Date)), card.WeekAgo.Trend);
                Assert.Equal(ExpectedTrend(metric, history.ValueOn(metric, today), history.ValueOn(metric, card.MonthAgo.Date)), card.MonthAgo.Trend);
            }
        }
    }

    /// <summary>The table is worth something only if each answer occurs in it.</summary>
    [Fact]
    public void The_journals_cover_every_outcome()
    {
        var pains = SmallJournals.Values.Select(entries => Recorded(entries, BuiltInMetrics.Pain)).ToArray();
        var triage = pains.SelectMany(pain => pain.Keys.Select(date => TriagePain.Of(pain, date))).ToArray();
        var wins = SmallJournals.Values.SelectMany(entries => WinDetector.Detect(new PatientJournal(entries))).ToArray();

        Assert.Contains(triage, row => row.AboveUsual);
        Assert.Contains(triage, row => row is { AboveUsual: false, Baseline: not null } && row.Now > row.Baseline);
        Assert.Contains(wins, w => w is { Kind: WinKind.Improvement, Window: WinWindow.Week, Tier: WinTier.Micro });
        Assert.Contains(wins, w => w is { Kind: WinKind.Improvement, Window: WinWindow.Week, Tier: WinTier.Meaningful });
        Assert.Contains(wins, w => w is { Kind: WinKind.Improvement, Window: WinWindow.Month });
    }

    private static void AssertImprovement(IReadOnlyList<Win> wins, MetricDefinition metric, WinWindow window, DateOnly date, decimal value, decimal? baseline)
    {
        var win = wins.SingleOrDefault(w => w.Kind == WinKind.Improvement && w.Metric == metric.Key && w.Window == window && w.Date == date);
        var expected = baseline is { } usual && Baselines.BeatsByMinimumStep(metric, value, usual);
        Assert.True(expected == win is not null, $"{metric.Key} {window} on {date}: expected a win {expected}, baseline {baseline}, value {value}");
        if (win is not null && baseline is { } b)
        {
            Assert.Equal(b, win.Baseline);
            Assert.Equal(Baselines.Delta(metric, value, b), win.Delta);
            Assert.Equal(Baselines.IsClinicallyImportantImprovement(metric, value, b) ? WinTier.Meaningful : WinTier.Micro, win.Tier);
        }
    }

    private static Trend ExpectedTrend(MetricDefinition metric, decimal? now, decimal? then) =>
        now is { } n && then is { } t
            ? Baselines.Delta(metric, n, t) switch
            {
                > 0m => Trend.Better,
                < 0m => Trend.Lower,
                _ => Trend.Same,
            }
            : Trend.Unknown;

    private static decimal? Chart(MetricDefinition metric, decimal? value) =>
        value is { } v ? ChartUnits.ToChart(metric, v, DistanceUnit.Kilometres) : null;

    private static Dictionary<DateOnly, decimal> Recorded(IEnumerable<JournalEntry> entries, MetricDefinition metric) =>
        entries.Where(e => metric.ValueOf(e) is not null).ToDictionary(e => e.Date, e => metric.ValueOf(e)!.Value);

    /// <summary>One entry a day, the last on <see cref="Today"/>; a null is an entry without that metric.</summary>
    private static JournalEntry[] Days(int?[]? sitting = null, int?[]? pain = null, int?[]? walking = null)
    {
        var count = new[] { sitting?.Length ?? 0, pain?.Length ?? 0, walking?.Length ?? 0 }.Max();
        return [.. Enumerable.Range(0, count).Select(i => new JournalEntry(Today.AddDays(i + 1 - count))
        {
            SittingMinutes = At(sitting, i, count),
            Pain = At(pain, i, count),
            WalkingMeters = At(walking, i, count),
        })];
    }

    /// <summary>The value of day <paramref name="i"/> of <paramref name="count"/>, from a list that ends on the last day.</summary>
    private static int? At(int?[]? values, int i, int count)
    {
        var at = i - count + (values?.Length ?? 0);
        return values is not null && at >= 0 ? values[at] : null;
    }

    /// <summary>45 days with gaps (some days not journaled, some metrics not recorded) and values drifting both ways.</summary>
    private static JournalEntry[] RandomDays(int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, 45)
            .Where(_ => random.NextDouble() < 0.85)
            .Select(i => new JournalEntry(Today.AddDays(i - 44))
            {
                SittingMinutes = random.NextDouble() < 0.7 ? 20 + i / 2 + random.Next(0, 15) : null,
                Pain = random.NextDouble() < 0.8 ? Math.Clamp(6 - i / 10 + random.Next(-2, 3), 0, 10) : null,
                WalkingMeters = random.NextDouble() < 0.6 ? 500 + (i * 20) + random.Next(0, 400) : null,
            })];
    }
}
