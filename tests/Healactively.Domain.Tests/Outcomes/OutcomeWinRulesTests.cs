using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Outcomes;
using Healactively.Domain.Wins;

namespace Healactively.Domain.Tests.Outcomes;

/// <summary>The outcome wins of outcome-measures.md, as tables: baselines, thresholds, retirement, goals, direction.</summary>
public class OutcomeWinRulesTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    private static readonly PsfsActivityRef Stairs = new(1, "Carry the shopping up the stairs");

    private static CheckIn Rated(int week, int? stairs, int? peg = null, int? pegPain = null) => new(
        Start.AddDays(7 * week),
        stairs is { } s ? new Dictionary<long, int> { [1] = s } : [],
        pegPain ?? peg, peg, peg);

    private static IReadOnlyList<Win> Detect(OutcomeHistory history, IEnumerable<JournalEntry>? entries = null, IReadOnlyList<MetricDefinition>? metrics = null) =>
        WinDetector.Detect(new PatientJournal(entries ?? [], metrics, DistanceUnit.Kilometres, history));

    // first rating, later rating, expected tier (null = no win)
    public static TheoryData<int, int, WinTier?> ActivityTable => new()
    {
        { 3, 3, null },
        { 3, 2, null },
        { 3, 4, WinTier.Micro },
        { 3, 5, WinTier.Micro },
        { 3, 6, WinTier.Meaningful },
        { 0, 10, WinTier.Meaningful },
    };

    [Theory]
    [MemberData(nameof(ActivityTable))]
    public void An_activity_is_compared_with_its_first_rating_and_counts_at_the_thresholds(int first, int later, WinTier? tier)
    {
        var wins = Detect(new OutcomeHistory([Stairs], [Rated(0, first), Rated(1, later)]));

        var win = wins.SingleOrDefault(w => w.Kind == WinKind.PsfsActivity);
        Assert.Equal(tier is not null, win is not null);
        if (tier is not null)
        {
            Assert.Equal((Start.AddDays(7), "psfs:1", (decimal)first, (decimal)later, (decimal)(later - first), tier), (win!.Date, win.Metric, win.Baseline, win.Value, win.Delta, win.Tier));
            Assert.Equal($"Carry the shopping up the stairs: {first} → {later} since your first rating (1 week ago).", win.Message);
        }
    }

    [Fact]
    public void The_first_rating_earns_nothing()
    {
        Assert.Empty(Detect(new OutcomeHistory([Stairs], [Rated(0, 9, peg: 1)])));
    }

    [Fact]
    public void Later_ratings_compare_with_the_first_not_the_previous_one()
    {
        var wins = Detect(new OutcomeHistory([Stairs], [Rated(0, 2), Rated(1, 6), Rated(2, 5)]));

        var third = Assert.Single(wins, w => w.Kind == WinKind.PsfsActivity && w.Date == Start.AddDays(14));
        Assert.Equal((2m, 5m, WinTier.Meaningful), (third.Baseline, third.Value, third.Tier));
    }

    [Fact]
    public void A_retired_activity_keeps_its_wins_and_its_ratings_from_retirement_on_are_not_read()
    {
        var retired = Stairs with { RetiredOn = Start.AddDays(14) };
        var wins = Detect(new OutcomeHistory([retired], [Rated(0, 2), Rated(1, 4), Rated(2, 9)]));

        Assert.Equal([Start.AddDays(7), Start.AddDays(7)], wins.Select(w => w.Date));
        Assert.Equal([WinKind.PsfsActivity, WinKind.PsfsScore], wins.Select(w => w.Kind).Order());
    }

    // first ratings, later ratings (same activities 1..n), expected score tier
    public static TheoryData<int[], int[], WinTier?> ScoreTable => new()
    {
        { [3, 4, 5], [4, 5, 5], null },            // +2 over 3 activities: 0.67
        { [3, 4, 5], [4, 5, 6], WinTier.Micro },   // exactly +1
        { [3, 4, 5], [5, 6, 6], WinTier.Micro },   // +1.67
        { [3, 4, 5], [5, 6, 7], WinTier.Meaningful }, // exactly +2
        { [2, 2], [3, 3], WinTier.Micro },
    };

    [Theory]
    [MemberData(nameof(ScoreTable))]
    public void The_score_compares_the_activities_rated_both_times_at_the_thresholds(int[] first, int[] later, WinTier? tier)
    {
        var activities = first.Select((_, i) => new PsfsActivityRef(i + 1, $"Activity {i + 1}")).ToArray();
        CheckIn Of(int week, int[] ratings) => new(Start.AddDays(7 * week), ratings.Select((r, i) => (Id: (long)(i + 1), r)).ToDictionary(p => p.Id, p => p.r));
        var wins = Detect(new OutcomeHistory(activities, [Of(0, first), Of(1, later)]));

        var score = wins.SingleOrDefault(w => w.Kind == WinKind.PsfsScore);
        Assert.Equal(tier, score?.Tier);
        if (score is not null)
        {
            Assert.Equal("psfs", score.Metric);
            Assert.Equal(Math.Round((decimal)first.Sum() / first.Length, 2), score.Baseline);
        }
    }

    [Fact]
    public void An_activity_added_later_is_left_out_of_the_score_until_it_has_been_rated_twice()
    {
        var added = new PsfsActivityRef(2, "Tie shoelaces");
        CheckIn Week1 = new(Start.AddDays(7), new Dictionary<long, int> { [1] = 4, [2] = 0 });
        var wins = Detect(new OutcomeHistory([Stairs, added], [Rated(0, 3), Week1]));

        var score = Assert.Single(wins, w => w.Kind == WinKind.PsfsScore);
        Assert.Equal((3m, 4m), (score.Baseline, score.Value));
    }

    // first PEG items (all equal), later items, expected tier
    public static TheoryData<int, int, int, WinTier?> PegTable => new()
    {
        { 6, 6, 6, null },
        { 6, 5, 6, null },            // 6 → 5.67: 0.33 better
        { 6, 5, 5, WinTier.Micro },   // 6 → 5: exactly 1 (17 %)
        { 5, 4, 3, WinTier.Micro },   // 5 → 3.67: 1.33 (27 %)
        { 5, 4, 2, WinTier.Meaningful }, // 5 → 3.5 would need halves; 5 → 3.33 = 1.67 ≥ 1.5 (30 %)
        { 10, 7, 7, WinTier.Meaningful }, // 10 → 7: exactly 30 %
        { 3, 2, 2, WinTier.Meaningful }, // 3 → 2: 1 point is 33 %
    };

    [Theory]
    [MemberData(nameof(PegTable))]
    public void Peg_is_better_when_lower_and_meaningful_at_30_percent_of_the_first(int first, int later, int laterPain, WinTier? tier)
    {
        var wins = Detect(new OutcomeHistory([], [Rated(0, null, peg: first), Rated(1, null, peg: later, pegPain: laterPain)]));

        var peg = wins.SingleOrDefault(w => w.Kind == WinKind.PegScore);
        Assert.Equal(tier, peg?.Tier);
        if (peg is not null)
        {
            Assert.Equal(("peg", (decimal)first), (peg.Metric, peg.Baseline));
            Assert.True(peg.Delta >= 1);
        }
    }

    [Fact]
    public void A_peg_with_an_item_missing_has_no_score_and_is_not_the_baseline()
    {
        var partial = new CheckIn(Start, new Dictionary<long, int>(), 2, null, 2);
        Assert.Null(partial.Peg);
        var wins = Detect(new OutcomeHistory([], [partial, Rated(1, null, peg: 8), Rated(2, null, peg: 6)]));

        var peg = Assert.Single(wins);
        Assert.Equal((8m, 6m, 2m), (peg.Baseline, peg.Value, peg.Delta));
    }

    private static JournalEntry Sat(int day, int minutes, int? pain = null) =>
        new(Start.AddDays(day)) { SittingMinutes = minutes, Pain = pain };

    [Fact]
    public void A_goal_is_reached_on_the_first_date_it_is_met_and_stays_reached()
    {
        var goal = new Goal(7, "Sit through a film", BuiltInMetrics.SittingKey, 120, Start, StartingPoint: 45);
        var wins = Detect(new OutcomeHistory(goals: [goal]), [Sat(0, 60), Sat(1, 119), Sat(2, 120), Sat(3, 90), Sat(4, 130)]);

        var reached = Assert.Single(wins, w => w.Kind == WinKind.GoalReached);
        Assert.Equal((Start.AddDays(2), "sitting_minutes", 45m, 120m, 75m), (reached.Date, reached.Metric, reached.Baseline, reached.Value, reached.Delta));
        Assert.Equal("Goal reached: Sit through a film (120, your target was 120).", reached.Message);
    }

    [Fact]
    public void A_goal_reads_no_value_from_before_it_was_set_or_after_it_ended()
    {
        var early = new Goal(1, "Sit", BuiltInMetrics.SittingKey, 100, Start.AddDays(1));
        var ended = new Goal(2, "Sit long", BuiltInMetrics.SittingKey, 130, Start.AddDays(1), EndedOn: Start.AddDays(3));
        var wins = Detect(new OutcomeHistory(goals: [early, ended]), [Sat(0, 150), Sat(1, 90), Sat(2, 110), Sat(4, 140)]);

        var reached = Assert.Single(wins, w => w.Kind == WinKind.GoalReached);
        Assert.Equal(Start.AddDays(2), reached.Date);
    }

    [Fact]
    public void A_goal_on_pain_is_met_at_or_below_its_target()
    {
        var goal = new Goal(1, "Pain at 3", BuiltInMetrics.PainKey, 3, Start, StartingPoint: 6);
        var wins = Detect(new OutcomeHistory(goals: [goal]), [Sat(0, 10, pain: 5), Sat(1, 10, pain: 4), Sat(2, 10, pain: 3)]);

        var reached = Assert.Single(wins, w => w.Kind == WinKind.GoalReached);
        Assert.Equal((Start.AddDays(2), 3m, 3m), (reached.Date, reached.Value, reached.Delta));
    }

    private static readonly decimal[] Stiffness = [5m, 3m, 2m];

    [Fact]
    public void A_goal_on_a_custom_metric_follows_its_direction()
    {
        var stiffness = new CustomMetric("custom_stiffness", "stiffness", "points", Direction.LowerIsBetter, 1, null);
        var goal = new Goal(1, "Less stiff", "custom_stiffness", 2, Start);
        var entries = Stiffness.Select((v, i) => new JournalEntry(Start.AddDays(i)) { CustomValues = new Dictionary<string, decimal> { ["custom_stiffness"] = v } });
        var wins = Detect(new OutcomeHistory(goals: [goal]), entries, [.. BuiltInMetrics.All, stiffness]);

        Assert.Equal(Start.AddDays(2), Assert.Single(wins, w => w.Kind == WinKind.GoalReached).Date);
    }

    [Fact]
    public void A_goal_on_a_psfs_activity_is_reached_by_a_rating()
    {
        var goal = new Goal(1, "Stairs with shopping", "psfs:1", 7, Start, StartingPoint: 3);
        var wins = Detect(new OutcomeHistory([Stairs], [Rated(0, 3), Rated(1, 6), Rated(2, 7)], [goal]));

        var reached = Assert.Single(wins, w => w.Kind == WinKind.GoalReached);
        Assert.Equal((Start.AddDays(14), "psfs:1"), (reached.Date, reached.Metric));
    }

    [Fact]
    public void Outcome_wins_join_the_daily_wins_in_csv_order_and_from_filters_them()
    {
        var entries = Enumerable.Range(1, 7).Select(d => new JournalEntry(Start.AddDays(d)));
        var history = new OutcomeHistory([Stairs], [Rated(0, 2, peg: 8), Rated(1, 6, peg: 5)]);
        var journal = new PatientJournal(entries, null, DistanceUnit.Kilometres, history);

        var all = WinDetector.Detect(journal);
        Assert.Equal(
            ["peg_score", "psfs_activity", "psfs_score", "streak"],
            all.Where(w => w.Date >= Start.AddDays(7)).Select(w => WinKeys.Of(w.Kind)));
        Assert.Equal(all.Where(w => w.Date >= Start.AddDays(7)), WinDetector.Detect(journal, Start.AddDays(7)));
    }

    [Theory]
    [InlineData(45, 120, 91.5, 62)]
    [InlineData(45, 120, 200, 100)]
    [InlineData(45, 120, 30, 0)]
    [InlineData(6, 2, 4, 50)]
    public void Progress_is_the_share_of_the_way_from_start_to_target(double start, double target, double latest, int percent)
    {
        Assert.Equal(percent, GoalProgress.Percent((decimal)start, (decimal)target, (decimal)latest));
    }
}
