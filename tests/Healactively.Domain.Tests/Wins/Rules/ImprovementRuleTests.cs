using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using static Healactively.Domain.Tests.Support.TestJournal;

namespace Healactively.Domain.Tests.Wins.Rules;

/// <summary>
/// Spec kind <c>improvement</c>. Each row: the metric, its values on the days before D (the last one is D-1,
/// null = an entry without that value), today's value, and the improvement wins expected on D
/// as "window baseline delta tier", month before week (the CSV order).
/// </summary>
public class ImprovementRuleTests
{
    public static TheoryData<string, string, decimal?[], decimal, string> Rows => new()
    {
        // The spec's worked example.
        { "worked example", "sitting", [30, 35, 30, 40, 35, null, 30], 45, "week 32.5 12.5 meaningful" },

        // How many recorded values a window needs.
        { "2 values in the week: none", "sitting", [null, null, null, null, null, 30, 30], 60, "none" },
        { "3 values in the week", "sitting", [null, null, null, null, 30, 30, 30], 35, "week 30 5 micro" },
        { "7 values in the month: none", "sitting", Concat(Repeat(50, 7), Repeat(null, 23)), 100, "none" },
        { "8 values in the month", "sitting", Concat(Repeat(50, 8), Repeat(null, 22)), 100, "month 50 50 meaningful" },
        { "D-31 is outside the month", "sitting", Concat(Repeat(50, 8), Repeat(null, 23)), 100, "none" },
        { "D-8 is outside the week", "sitting", [30, 30, 30, null, null, null, null, null], 40, "none" },
        { "D-7 is inside the week", "sitting", [30, 30, 30, 30, null, null, null, null], 35, "week 30 5 micro" },

        // Medians of an even count are the mean of the two middle values.
        { "even count, sitting", "sitting", [null, null, null, 30, 40, 50, 60], 50, "week 45 5 micro" },
        { "even count, pain", "pain", [null, null, null, 4, 5, 6, 7], 4, "week 5.5 1.5 micro" },
        { "even count, half a point is below the step", "pain", [null, null, null, 3, 3, 4, 4], 3, "none" },

        // Ties and worse days.
        { "value equals the baseline", "sitting", [30, 30, 30], 30, "none" },
        { "worse than the baseline", "sitting", [30, 30, 30], 20, "none" },
        { "pain going up is not a win", "pain", [3, 3, 3], 5, "none" },

        // Thresholds are exact: 0.1 × 70 is 7 and 0.3 × 70 is 21 (binary floating point gets both wrong).
        { "delta equals the min step 7 at baseline 70", "sitting", [70, 70, 70], 77, "week 70 7 micro" },
        { "just under the min step at baseline 70", "sitting", [70, 70, 70], 76, "none" },
        { "delta equals the MCID 21 at baseline 70", "sitting", [70, 70, 70], 91, "week 70 21 meaningful" },
        { "just under the MCID at baseline 70", "sitting", [70, 70, 70], 90, "week 70 20 micro" },
        { "sitting min step is at least 5", "sitting", [20, 20, 20], 25, "week 20 5 micro" },
        { "sitting under 5 minutes: none", "sitting", [20, 20, 20], 24, "none" },
        { "sitting MCID is at least 10", "sitting", [20, 20, 20], 30, "week 20 10 meaningful" },

        // Pain: step 1 point, MCID min(2, 30 % of the baseline).
        { "pain 10 → 8: 2 points is meaningful", "pain", [10, 10, 10], 8, "week 10 2 meaningful" },
        { "pain 10 → 9: micro", "pain", [10, 10, 10], 9, "week 10 1 micro" },
        { "pain 5 → 4: 1 < 1.5, micro", "pain", [5, 5, 5], 4, "week 5 1 micro" },
        { "pain 5 → 3: meaningful", "pain", [5, 5, 5], 3, "week 5 2 meaningful" },
        { "pain 2 → 1: 1 ≥ 0.6, meaningful", "pain", [2, 2, 2], 1, "week 2 1 meaningful" },
        { "pain 6.5 → 5: 1.5 < 1.95, micro", "pain", [null, null, null, 6, 6, 7, 7], 5, "week 6.5 1.5 micro" },
        { "pain 0 cannot improve", "pain", [0, 0, 0], 0, "none" },

        // Walking: step max(100 m, 10 %), MCID max(250 m, 30 %).
        { "walking 800 → 900: the 100 m step", "walking", [800, 800, 800], 900, "week 800 100 micro" },
        { "walking 800 → 899: none", "walking", [800, 800, 800], 899, "none" },
        { "walking 800 → 1050: the 250 m MCID", "walking", [800, 800, 800], 1050, "week 800 250 meaningful" },
        { "walking 1100 → 1210: 10 % exactly", "walking", [1100, 1100, 1100], 1210, "week 1100 110 micro" },
        { "walking 2000 → 2199: none", "walking", [2000, 2000, 2000], 2199, "none" },
        { "walking 2000 → 2200: micro", "walking", [2000, 2000, 2000], 2200, "week 2000 200 micro" },
        { "walking 2000 → 2599: micro", "walking", [2000, 2000, 2000], 2599, "week 2000 599 micro" },
        { "walking 2000 → 2600: 30 % exactly", "walking", [2000, 2000, 2000], 2600, "week 2000 600 meaningful" },

        // Custom metrics use their fixed step and MCID.
        { "custom: the step", "posture", [40, 40, 40], 43, "week 40 3 micro" },
        { "custom: under the step", "posture", [40, 40, 40], 42, "none" },
        { "custom: the MCID", "posture", [40, 40, 40], 48, "week 40 8 meaningful" },
        { "custom without MCID is always micro", "posture_no_mcid", [40, 40, 40], 60, "week 40 20 micro" },
        { "custom lower is better: the step", "waist", [90, 90.5m, 91], 90, "week 90.5 0.5 micro" },
        { "custom lower is better: the MCID", "waist", [90, 90.5m, 91], 88.5m, "week 90.5 2 meaningful" },
        { "custom lower is better: higher is worse", "waist", [90, 90.5m, 91], 91, "none" },
        { "custom step 0.1: 0.3 − 0.2 is exactly 0.1", "score", [0.2m, 0.2m, 0.2m], 0.3m, "week 0.2 0.1 micro" },

        // The two windows are separate wins.
        { "better than the week but not the month", "sitting", Concat(Repeat(60, 23), Repeat(30, 7)), 40, "week 30 10 meaningful" },
        { "better than the month but not the week", "sitting", Concat(Repeat(30, 23), Repeat(60, 7)), 60, "month 30 30 meaningful" },
        { "both windows", "sitting", Concat(Repeat(50, 23), Repeat(60, 7)), 70, "month 50 20 meaningful | week 60 10 micro" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Improvement_wins_on_the_day(string name, string metric, decimal?[] before, decimal today, string expected)
    {
        _ = name;
        var definition = Metric(metric);
        var wins = WinDetector.Detect(ForMetric(definition, before, today));

        Assert.Equal(expected, Describe(wins, WinKind.Improvement, Today, definition.Key));
    }

    [Fact]
    public void Worked_example_has_every_field_of_the_spec()
    {
        var journal = ForMetric(BuiltInMetrics.SittingMinutes, [30, 35, 30, 40, 35, null, 30], 45);

        var win = Assert.Single(WinDetector.Detect(journal), w => w.Date == Today);

        Assert.Equal(
            new Win(Today, WinKind.Improvement, "sitting_minutes", WinWindow.Week, 32.5m, 45m, 12.5m, WinTier.Meaningful,
                "You sat 12.5 minutes longer than your usual last week (32.5 → 45 min)."),
            win);
    }

    [Fact]
    public void A_day_without_an_entry_is_the_same_as_a_day_without_the_value()
    {
        // The worked example with 2026-03-06 not journaled at all.
        int[] minutes = [30, 35, 30, 40, 35, 0, 30];
        var entries = minutes
            .Select((minutes, i) => new JournalEntry(Today.AddDays(i - 7)) { SittingMinutes = minutes })
            .Where(e => e.Date != Day("2026-03-06"))
            .Append(new JournalEntry(Today) { SittingMinutes = 45 });

        var wins = WinDetector.Detect(new PatientJournal(entries));

        Assert.Equal("week 32.5 12.5 meaningful", Describe(wins, WinKind.Improvement, Today));
    }

    [Fact]
    public void Missing_values_are_never_zero()
    {
        // Five days without pain recorded: counting them as 0 would make 3 look worse than the usual.
        var journal = ForMetric(BuiltInMetrics.Pain, [null, null, null, null, 5, 5, 5], 3);

        Assert.Equal("week 5 2 meaningful", Describe(WinDetector.Detect(journal), WinKind.Improvement, Today));
    }

    [Fact]
    public void No_value_today_means_no_improvement_today()
    {
        var journal = ForMetric(BuiltInMetrics.SittingMinutes, [30, 30, 30, 30, 30, 30, 30], null);

        Assert.Equal("none", Describe(WinDetector.Detect(journal), WinKind.Improvement, Today));
    }

    [Fact]
    public void Each_metric_is_compared_on_its_own()
    {
        var entries = Enumerable.Range(1, 7)
            .Select(i => new JournalEntry(Today.AddDays(-i)) { Pain = 6, SittingMinutes = 30, WalkingMeters = 1000 })
            .Append(new JournalEntry(Today) { Pain = 6, SittingMinutes = 45, WalkingMeters = 1400 });

        var wins = WinDetector.Detect(new PatientJournal(entries));

        Assert.Equal("none", Describe(wins, WinKind.Improvement, Today, "pain"));
        Assert.Equal("week 30 15 meaningful", Describe(wins, WinKind.Improvement, Today, "sitting_minutes"));
        Assert.Equal("week 1000 400 meaningful", Describe(wins, WinKind.Improvement, Today, "walking_meters"));
    }

    [Fact]
    public void Only_the_journal_metrics_are_compared()
    {
        var entries = Enumerable.Range(0, 8)
            .Select(i => new JournalEntry(Today.AddDays(i - 7)) { Pain = i == 7 ? 1 : 6, SittingMinutes = i == 7 ? 90 : 30 });

        var wins = WinDetector.Detect(new PatientJournal(entries, [BuiltInMetrics.SittingMinutes]));

        Assert.Equal(["sitting_minutes"], wins.Where(w => w.Kind == WinKind.Improvement).Select(w => w.Metric));
    }
}
