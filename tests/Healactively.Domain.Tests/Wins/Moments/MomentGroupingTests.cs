using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using Healactively.Domain.Wins.Moments;

namespace Healactively.Domain.Tests.Wins.Moments;

public sealed class MomentGroupingTests
{
    private static readonly DateOnly Day = new(2026, 3, 8);

    private static readonly CustomMetric Steps = new("steps", "Steps", "steps", Direction.HigherIsBetter, 500m, 2000m);

    private static readonly SubjectOrder Order = new([.. BuiltInMetrics.All, Steps]);

    // Every pair of kinds that can share a subject: the first is the headline, the second a supporting fact.
    public static TheoryData<string, string, string> SharedSubjectPairs => new()
    {
        { "sitting_minutes", "improvement/month/meaningful", "personal_best/month/" },
        { "sitting_minutes", "personal_best/month/", "improvement/week/meaningful" },
        { "sitting_minutes", "personal_best/month/", "improvement/month/micro" },
        { "sitting_minutes", "improvement/month/meaningful", "improvement/week/meaningful" },
        { "sitting_minutes", "improvement/month/meaningful", "improvement/week/micro" },
        { "sitting_minutes", "improvement/week/meaningful", "improvement/month/micro" },
        { "sitting_minutes", "improvement/month/micro", "improvement/week/micro" },
        { "pain", "personal_best/month/", "improvement/week/micro" },
        { "steps", "improvement/month/meaningful", "personal_best/month/" },
        { "steps", "personal_best/month/", "improvement/week/micro" },
        { "walked_confidently", "first_in_30_days//", "micro_win//" },
    };

    [Theory]
    [MemberData(nameof(SharedSubjectPairs))]
    public void Wins_of_one_date_and_subject_are_one_moment_headed_by_the_strongest(string subject, string strongest, string weaker)
    {
        string[][] inputs = [[weaker, strongest], [strongest, weaker]];
        foreach (var input in inputs)
        {
            var wins = input.Select(w => Parse(Day, subject, w)).ToArray();

            var moment = Assert.Single(MomentGrouping.StrongestFirst(wins, Order));

            Assert.Equal(subject, moment.Subject);
            Assert.Equal(Parse(Day, subject, strongest), moment.Headline);
            Assert.Equal([Parse(Day, subject, weaker)], moment.Supporting);
        }
    }

    [Fact]
    public void A_moment_with_three_wins_keeps_its_supporting_facts_strongest_first()
    {
        string[] shapes = ["improvement/week/micro", "personal_best/month/", "improvement/month/meaningful"];
        var wins = shapes.Select(w => Parse(Day, "walking_meters", w));

        var moment = Assert.Single(MomentGrouping.StrongestFirst(wins, Order));

        Assert.Equal("improvement", moment.KindKey);
        Assert.Equal("month", moment.WindowKey);
        Assert.Equal([WinKind.PersonalBest, WinKind.Improvement], moment.Supporting.Select(w => w.Kind));
        Assert.Equal(3, moment.Count);
    }

    [Fact]
    public void Different_subjects_or_dates_are_different_moments()
    {
        var wins = new[]
        {
            Parse(Day, "sitting_minutes", "improvement/week/micro"),
            Parse(Day, "walking_meters", "improvement/week/micro"),
            Parse(Day.AddDays(-1), "sitting_minutes", "improvement/week/micro"),
            Parse(Day, "flare", "flare_recovery_faster//"),
            Parse(Day, "journal", "streak//"),
        };

        Assert.Equal(5, MomentGrouping.StrongestFirst(wins, Order).Count);
        Assert.Equal(5, MomentGrouping.Count(wins, WinShape.Of));
        Assert.Equal(1, MomentGrouping.Count(wins.Take(1).Append(wins[0] with { Window = WinWindow.Month }), WinShape.Of));
    }

    // Ties go to the newer date, then to the subject's order on the journal form.
    public static TheoryData<string[], string[]> Orders => new()
    {
        {
            ["2026-03-07 sitting_minutes improvement/week/micro", "2026-03-08 walking_meters improvement/week/micro"],
            ["2026-03-08 walking_meters", "2026-03-07 sitting_minutes"]
        },
        {
            ["2026-03-08 walking_meters improvement/week/micro", "2026-03-08 pain improvement/week/micro", "2026-03-08 sitting_minutes improvement/week/micro"],
            ["2026-03-08 pain", "2026-03-08 sitting_minutes", "2026-03-08 walking_meters"]
        },
        {
            ["2026-03-08 journal streak//", "2026-03-08 flare flare_recovery_faster//", "2026-03-08 steps improvement/week/micro", "2026-03-08 slept_through_night micro_win//"],
            ["2026-03-08 flare", "2026-03-08 journal", "2026-03-08 steps", "2026-03-08 slept_through_night"]
        },
        {
            ["2026-03-08 stood_without_wincing micro_win//", "2026-03-08 walked_confidently micro_win//", "2026-03-08 steps improvement/week/micro", "2026-03-08 walking_meters improvement/week/micro"],
            ["2026-03-08 walking_meters", "2026-03-08 steps", "2026-03-08 stood_without_wincing", "2026-03-08 walked_confidently"]
        },
        {
            ["2026-03-01 sitting_minutes improvement/month/meaningful", "2026-03-08 sitting_minutes personal_best/month/", "2026-03-08 pain improvement/week/micro"],
            ["2026-03-01 sitting_minutes", "2026-03-08 sitting_minutes", "2026-03-08 pain"]
        },
        {
            ["2026-03-08 removed_metric improvement/week/micro", "2026-03-08 another_gone improvement/week/micro", "2026-03-08 walked_confidently improvement/week/micro"],
            ["2026-03-08 walked_confidently", "2026-03-08 another_gone", "2026-03-08 removed_metric"]
        },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Moments_are_ordered_strongest_first_then_newer_date_then_form_order(string[] input, string[] expected)
    {
        var wins = input.Select(Parse).ToArray();

        var moments = MomentGrouping.StrongestFirst(wins, Order);

        Assert.Equal(expected, moments.Select(m => $"{m.Date:yyyy-MM-dd} {m.Subject}"));
    }

    [Fact]
    public void The_wins_page_order_is_newest_date_first_then_strongest()
    {
        string[] lines =
        [
            "2026-03-07 flare flare_recovery_faster//",
            "2026-03-08 pain improvement/week/micro",
            "2026-03-08 sitting_minutes personal_best/month/",
        ];
        var wins = lines.Select(Parse);

        var moments = MomentGrouping.NewestDateFirst(wins, Order);

        Assert.Equal(["2026-03-08 sitting_minutes", "2026-03-08 pain", "2026-03-07 flare"], moments.Select(m => $"{m.Date:yyyy-MM-dd} {m.Subject}"));
    }

    private static Win Parse(string line)
    {
        var parts = line.Split(' ');
        return Parse(DateOnly.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1], parts[2]);
    }

    private static Win Parse(DateOnly date, string subject, string shape)
    {
        var parts = shape.Split('/');
        Assert.True(WinKeys.TryParseKind(parts[0], out var kind), parts[0]);
        WinWindow? window = parts.Length > 1 && parts[1].Length > 0 ? Enum.Parse<WinWindow>(parts[1], ignoreCase: true) : null;
        WinTier? tier = parts.Length > 2 && parts[2].Length > 0 ? Enum.Parse<WinTier>(parts[2], ignoreCase: true) : null;
        return new Win(date, kind, subject, window, null, null, null, tier, $"{subject} {shape}");
    }
}
