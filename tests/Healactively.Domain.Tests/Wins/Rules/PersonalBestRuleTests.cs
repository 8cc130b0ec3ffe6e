using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using static Healactively.Domain.Tests.Support.TestJournal;

namespace Healactively.Domain.Tests.Wins.Rules;

/// <summary>
/// Spec kind <c>personal_best</c>: at least 8 recorded values in the month window, today strictly better than all of them.
/// Rows as in <see cref="ImprovementRuleTests"/>; expected "month best delta".
/// </summary>
public class PersonalBestRuleTests
{
    public static TheoryData<string, string, decimal?[], decimal, string> Rows => new()
    {
        { "better than the 8 values of the month", "sitting", [50, 40, 40, 40, 40, 40, 40, 40], 60, "month 50 10" },
        { "equal to the previous best: none", "sitting", [50, 40, 40, 40, 40, 40, 40, 40], 50, "none" },
        { "7 values: none", "sitting", [50, 40, 40, 40, 40, 40, 40], 60, "none" },
        { "8 values with gaps", "sitting", [40, null, 40, null, 40, null, 50, 40, null, 40, 40, null, 40], 51, "month 50 1" },
        { "a better day 31 days ago does not count", "sitting", Concat([100], Repeat(null, 22), [50], Repeat(40, 7)), 60, "month 50 10" },
        { "a better day 30 days ago counts", "sitting", Concat([100], Repeat(null, 21), [50], Repeat(40, 7)), 60, "none" },
        { "pain: the lowest", "pain", [3, 5, 5, 5, 5, 5, 5, 5], 2, "month 3 1" },
        { "pain: equal to the lowest: none", "pain", [3, 5, 5, 5, 5, 5, 5, 5], 3, "none" },
        { "walking", "walking", [1200, 800, 800, 800, 800, 800, 800, 800], 1600, "month 1200 400" },
        { "custom lower is better", "waist", [90, 91, 91, 91, 91, 91, 91, 91], 89.5m, "month 90 0.5" },
        { "custom higher is better", "posture", [40, 41, 42, 43, 44, 45, 46, 47], 47.5m, "month 47 0.5" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Personal_best_on_the_day(string name, string metric, decimal?[] before, decimal today, string expected)
    {
        _ = name;
        var definition = Metric(metric);
        var wins = WinDetector.Detect(ForMetric(definition, before, today));

        Assert.Equal(expected, Describe(wins, WinKind.PersonalBest, Today, definition.Key));
    }

    [Fact]
    public void Personal_best_has_the_month_window_and_no_tier()
    {
        var journal = ForMetric(BuiltInMetrics.SittingMinutes, [50, 40, 40, 40, 40, 40, 40, 40], 60);

        var win = Assert.Single(WinDetector.Detect(journal), w => w.Kind == WinKind.PersonalBest);

        Assert.Equal(
            new Win(Today, WinKind.PersonalBest, "sitting_minutes", WinWindow.Month, 50m, 60m, 10m, null,
                "Your longest sitting in a month: 60 min, beating your previous best of 50 min."),
            win);
    }
}
