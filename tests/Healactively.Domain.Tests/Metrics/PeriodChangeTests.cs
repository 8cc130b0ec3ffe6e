using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Domain.Tests.Metrics;

/// <summary>A review period's first and last 14 days, their medians and the clinically important change; flare-up stats.</summary>
public sealed class PeriodChangeTests
{
    private static readonly DateOnly From = new(2026, 11, 1);
    private static readonly DateOnly To = new(2026, 11, 30);

    private static Dictionary<DateOnly, decimal> Days(params (int Day, decimal Value)[] values) =>
        values.ToDictionary(v => new DateOnly(2026, 11, v.Day), v => v.Value);

    [Theory]
    // Sitting 30 → 45: 15 ≥ max(10, 9): clinically important.
    [InlineData("sitting_minutes", 30, 45, true)]
    // Sitting 40 → 48: 8 < 12 (30 % of 40): not.
    [InlineData("sitting_minutes", 40, 48, false)]
    // Pain 6 → 4: 2 ≥ min(2, 1.8) = 1.8: important; 5 → 4 is 1 < 1.5: not.
    [InlineData("pain", 6, 4, true)]
    [InlineData("pain", 5, 4, false)]
    // A worse change is flagged as well: pain 3 → 5 is 2 ≥ min(2, 0.9).
    [InlineData("pain", 3, 5, true)]
    // Exactly the threshold counts: walking 1000 → 1300 is 300 = 30 % of 1000.
    [InlineData("walking_meters", 1000, 1300, true)]
    public void The_change_between_the_first_and_last_two_weeks_is_flagged_at_the_clinically_important_change(string key, int first, int last, bool important)
    {
        var metric = BuiltInMetrics.All.Single(m => m.Key == key);
        var recorded = Days((1, first), (14, first), (17, last), (30, last), (15, 999), (16, 999));

        var change = PeriodChange.Of(metric, recorded, From, To);

        Assert.Equal(first, change.FirstMedian);
        Assert.Equal(last, change.LastMedian);
        Assert.Equal(important, change.ClinicallyImportant);
    }

    [Fact]
    public void Medians_use_only_recorded_days_and_an_empty_end_has_no_change()
    {
        var recorded = Days((2, 30), (3, 35), (5, 40), (6, 20));

        var change = PeriodChange.Of(BuiltInMetrics.SittingMinutes, recorded, From, To);

        Assert.Equal(32.5m, change.FirstMedian);
        Assert.Null(change.LastMedian);
        Assert.Null(change.BetterBy);
        Assert.False(change.ClinicallyImportant);
    }

    [Fact]
    public void Flare_stats_count_starts_in_the_period_and_compare_with_the_period_before()
    {
        FlareEpisode[] episodes =
        [
            new(new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 9)),
            new(new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 26)),
            new(new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 5)),
            new(new DateOnly(2026, 11, 28), null),
        ];

        var stats = FlareStats.Of(episodes, From, To);

        Assert.Equal(new FlarePeriod(2, 2m), stats.Current);
        Assert.Equal(new FlarePeriod(2, 5m), stats.Previous);
        Assert.Equal(FlareTrend.Same, stats.Trend);
        Assert.Equal(FlareTrend.Fewer, FlareStats.Of(episodes[..2], From, To).Trend);
        Assert.Equal(FlareTrend.None, FlareStats.Of([], From, To).Trend);
    }
}
