using System.Text.RegularExpressions;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;

namespace Healactively.Domain.Tests.Wins;

/// <summary>Every win kind, as a reader who is not the patient reads it: named or neutral, never "you".</summary>
public partial class ThirdPersonSentenceTests
{
    private static readonly DateOnly Day = new(2026, 3, 8);

    private static readonly CustomMetric Stairs = new("custom_stairs", "stairs climbed", "flights", Direction.HigherIsBetter, 1, null);

    private static MetricDefinition? MetricFor(string key) => key switch
    {
        BuiltInMetrics.PainKey => BuiltInMetrics.Pain,
        BuiltInMetrics.SittingKey => BuiltInMetrics.SittingMinutes,
        BuiltInMetrics.WalkingKey => BuiltInMetrics.WalkingMeters,
        "custom_stairs" => Stairs,
        _ => null,
    };

    // kind, metric, window, baseline, value, delta, unit, name, expected
    public static TheoryData<WinKind, string, WinWindow?, decimal?, decimal?, decimal?, DistanceUnit, string?, string> Table => new()
    {
        { WinKind.Improvement, "sitting_minutes", WinWindow.Week, 32.5m, 45m, 12.5m, DistanceUnit.Kilometres, "Maya", "Maya sat 12.5 minutes longer than Maya's usual last week (32.5 → 45 min)." },
        { WinKind.Improvement, "sitting_minutes", WinWindow.Month, 40m, 45m, 5m, DistanceUnit.Kilometres, null, "They sat 5 minutes longer than their usual over the last month (40 → 45 min)." },
        { WinKind.Improvement, "pain", WinWindow.Week, 5m, 4m, 1m, DistanceUnit.Kilometres, "Maya", "Maya's pain was 1 point lower than Maya's usual last week (5 → 4)." },
        { WinKind.Improvement, "pain", WinWindow.Month, 5m, 3m, 2m, DistanceUnit.Kilometres, "", "Their pain was 2 points lower than their usual over the last month (5 → 3)." },
        { WinKind.Improvement, "walking_meters", WinWindow.Week, 600m, 800m, 200m, DistanceUnit.Kilometres, "Leo", "Leo walked 200 m further than Leo's usual last week (600 → 800 m)." },
        { WinKind.Improvement, "walking_meters", WinWindow.Week, 1207m, 1609.344m, 402.344m, DistanceUnit.Miles, "James", "James walked 0.25 mi further than James' usual last week (0.75 → 1 mi)." },
        { WinKind.Improvement, "custom_stairs", WinWindow.Week, 2m, 4m, 2m, DistanceUnit.Kilometres, "Maya", "Maya's stairs climbed was 2 flights better than Maya's usual last week (2 → 4 flights)." },
        { WinKind.PersonalBest, "sitting_minutes", WinWindow.Month, 50m, 55m, 5m, DistanceUnit.Kilometres, "Maya", "Maya's longest sitting in a month: 55 min, beating the previous best of 50 min." },
        { WinKind.PersonalBest, "pain", WinWindow.Month, 3m, 2m, 1m, DistanceUnit.Kilometres, null, "Their lowest pain in a month: 2, beating the previous best of 3." },
        { WinKind.PersonalBest, "walking_meters", WinWindow.Month, 1200m, 1600m, 400m, DistanceUnit.Kilometres, "Maya", "Maya's longest walk in a month: 1.6 km, beating the previous best of 1.2 km." },
        { WinKind.PersonalBest, "custom_stairs", WinWindow.Month, 3m, 5m, 2m, DistanceUnit.Kilometres, "Maya", "Maya's best stairs climbed in a month: 5 flights, beating the previous best of 3 flights." },
        { WinKind.FlareRecoveryFaster, "flare", null, 5m, 3m, 2m, DistanceUnit.Kilometres, "Maya", "Maya recovered from a flare-up in 3 days, faster than the usual 5 days." },
        { WinKind.FlareRecoveryFaster, "flare", null, 1m, 0m, 1m, DistanceUnit.Kilometres, null, "They recovered from a flare-up on the same day, faster than the usual 1 day." },
        { WinKind.Streak, "journal", null, null, 7m, null, DistanceUnit.Kilometres, "Maya", "Maya has journaled 7 days in a row." },
        { WinKind.Streak, "journal", null, null, 30m, null, DistanceUnit.Kilometres, null, "They have journaled 30 days in a row." },
        { WinKind.MicroWin, "stood_without_wincing", null, null, null, null, DistanceUnit.Kilometres, "Maya", "Maya stood up without wincing." },
        { WinKind.MicroWin, "slept_through_night", null, null, null, null, DistanceUnit.Kilometres, "Maya", "Maya slept through the night." },
        { WinKind.MicroWin, "carried_without_hesitation", null, null, null, null, DistanceUnit.Kilometres, "Maya", "Maya carried something without hesitating." },
        { WinKind.MicroWin, "walked_confidently", null, null, null, null, DistanceUnit.Kilometres, null, "They walked with confidence." },
        { WinKind.MicroWin, "did_avoided_movement", null, null, null, null, DistanceUnit.Kilometres, "Maya", "Maya did a movement that had been avoided for a while." },
        { WinKind.FirstIn30Days, "slept_through_night", null, null, null, null, DistanceUnit.Kilometres, "Maya", "The first time in 30 days: Maya slept through the night." },
        { WinKind.FirstIn30Days, "did_avoided_movement", null, null, null, null, DistanceUnit.Kilometres, null, "The first time in 30 days: They did a movement that had been avoided for a while." },
        { WinKind.PsfsActivity, "psfs:1", null, 3m, 6m, 3m, DistanceUnit.Kilometres, "Maya", "Maya's rating of one of the activities that were hard rose from 3 to 6 since the first rating." },
        { WinKind.PsfsScore, "psfs", null, 3.67m, 6m, 2.33m, DistanceUnit.Kilometres, null, "Their activities score (PSFS) rose from 3.67 to 6 since the first ratings." },
        { WinKind.PegScore, "peg", null, 6.33m, 4m, 2.33m, DistanceUnit.Kilometres, "Maya", "Maya's pain and its interference (PEG) eased from 6.33 to 4 since the first check-in." },
        { WinKind.GoalReached, "sitting_minutes", null, 45m, 120m, 75m, DistanceUnit.Kilometres, "Maya", "Maya reached a goal (120)." },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_kind_reads_in_the_third_person(
        WinKind kind, string metric, WinWindow? window, decimal? baseline, decimal? value, decimal? delta, DistanceUnit unit, string? name, string expected)
    {
        var win = new Win(Day, kind, metric, window, baseline, value, delta, null, "You did it: the stored message is never used.");
        var sentence = ThirdPersonSentence.For(win, MetricFor(metric), name, unit);
        Assert.Equal(expected, sentence);
        Assert.DoesNotMatch(SecondPerson(), sentence);
    }

    [Fact]
    public void The_table_covers_every_win_kind()
    {
        var covered = Table.Select(row => (WinKind)row[0]).ToHashSet();
        Assert.All(Enum.GetValues<WinKind>(), kind => Assert.Contains(kind, covered));
    }

    [GeneratedRegex(@"\b(you|your|yours|yourself)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SecondPerson();
}
