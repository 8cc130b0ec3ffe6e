using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using static Healactively.Domain.Tests.Support.TestJournal;

namespace Healactively.Domain.Tests.Wins;

public class WinDetectorTests
{
    private static readonly CustomMetric BackEase =
        new("back_ease", "back ease", "points", Direction.HigherIsBetter, 1m, 2m);

    /// <summary>
    /// A day with a win of every kind: 30 days journaled up to today, a better day on every metric,
    /// a faster flare-up, a first-in-30-days and a micro win, and a metric list not in key order.
    /// </summary>
    private static PatientJournal EveryKindToday()
    {
        var entries = new List<JournalEntry>();
        for (var n = 29; n >= 1; n--)
        {
            entries.Add(new JournalEntry(Today.AddDays(-n))
            {
                Pain = 6,
                SittingMinutes = 30,
                WalkingMeters = 500,
                CustomValues = new Dictionary<string, decimal> { ["back_ease"] = 5m },
                FunctionalWins = n == 10 ? FunctionalWins.DidAvoidedMovement : FunctionalWins.None,
                Flare = n switch { 20 or 2 => FlareMark.Start, 15 => FlareMark.End, _ => FlareMark.None },
            });
        }

        entries.Add(new JournalEntry(Today)
        {
            Pain = 3,
            SittingMinutes = 60,
            WalkingMeters = 1000,
            CustomValues = new Dictionary<string, decimal> { ["back_ease"] = 8m },
            FunctionalWins = FunctionalWins.SleptThroughNight | FunctionalWins.DidAvoidedMovement,
            Flare = FlareMark.End,
        });

        return new PatientJournal(entries, [.. BuiltInMetrics.All, BackEase]);
    }

    [Fact]
    public void An_empty_journal_has_no_wins()
    {
        Assert.Empty(WinDetector.Detect(new PatientJournal([])));
    }

    [Fact]
    public void Wins_are_in_the_csv_order_date_kind_metric_window()
    {
        var wins = WinDetector.Detect(EveryKindToday()).Where(w => w.Date == Today);

        Assert.Equal(
            [
                "first_in_30_days slept_through_night ",
                "flare_recovery_faster flare ",
                "improvement back_ease month",
                "improvement back_ease week",
                "improvement pain month",
                "improvement pain week",
                "improvement sitting_minutes month",
                "improvement sitting_minutes week",
                "improvement walking_meters month",
                "improvement walking_meters week",
                "micro_win did_avoided_movement ",
                "micro_win slept_through_night ",
                "personal_best back_ease month",
                "personal_best pain month",
                "personal_best sitting_minutes month",
                "personal_best walking_meters month",
                "streak journal ",
            ],
            wins.Select(w => $"{WinKeys.Of(w.Kind)} {w.Metric} {WinKeys.Of(w.Window)}"));
    }

    [Fact]
    public void Earlier_dates_come_first()
    {
        var wins = WinDetector.Detect(EveryKindToday());

        Assert.Equal(
            [
                "2026-02-13 streak", // 7 days from 02-07
                "2026-02-20 streak", // 14 days
                "2026-02-26 first_in_30_days", // did_avoided_movement, 19 entries before it
                "2026-02-26 micro_win",
                "2026-03-08 first_in_30_days",
            ],
            wins.Take(5).Select(w => $"{w.Date:yyyy-MM-dd} {WinKeys.Of(w.Kind)}"));
    }

    [Fact]
    public void Detect_from_a_date_is_the_full_list_from_that_date()
    {
        var journal = EveryKindToday();
        var all = WinDetector.Detect(journal);

        foreach (var from in new[] { DateOnly.MinValue, Today.AddDays(-40), Today.AddDays(-18), Today.AddDays(-10), Today, Today.AddDays(1) })
        {
            Assert.Equal(all.Where(w => w.Date >= from), WinDetector.Detect(journal, from));
        }
    }

    [Fact]
    public void Detect_from_today_still_reads_the_days_before()
    {
        var journal = ForMetric(BuiltInMetrics.SittingMinutes, [30, 35, 30, 40, 35, null, 30], 45);

        var win = Assert.Single(WinDetector.Detect(journal, Today));

        Assert.Equal("You sat 12.5 minutes longer than your usual last week (32.5 → 45 min).", win.Message);
    }

    [Fact]
    public void Detection_is_repeatable()
    {
        var journal = EveryKindToday();

        Assert.Equal(WinDetector.Detect(journal), WinDetector.Detect(journal));
    }

    [Fact]
    public void A_custom_metric_keyed_like_a_built_in_one_keeps_a_total_order()
    {
        var twin = new CustomMetric("pain", "pain too", "points", Direction.HigherIsBetter, 1m, null);
        var entries = Enumerable.Range(0, 8).Select(i => new JournalEntry(Today.AddDays(i - 7))
        {
            Pain = i == 7 ? 1 : 6,
            CustomValues = new Dictionary<string, decimal> { ["pain"] = i == 7 ? 9m : 4m },
        });

        var wins = WinDetector.Detect(new PatientJournal(entries, [twin, BuiltInMetrics.Pain]))
            .Where(w => w.Kind == WinKind.Improvement)
            .ToList();

        Assert.Equal(["Your pain too was 5 points better than your usual last week (4 → 9 points).", "Your pain was 5 points lower than your usual last week (6 → 1)."],
            wins.Select(w => w.Message));
    }
}
