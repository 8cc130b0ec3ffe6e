using Healactively.Domain.Journal;
using Healactively.Domain.Wins;
using static Healactively.Domain.Tests.Support.TestJournal;

namespace Healactively.Domain.Tests.Wins;

/// <summary>The sentence of each win, through the detector, for the metrics and units a patient can have.</summary>
public class WinSentencesTests
{
    private static string Sentence(WinKind kind, WinWindow window, string metric, decimal?[] before, decimal today, DistanceUnit unit = DistanceUnit.Kilometres)
    {
        var wins = WinDetector.Detect(ForMetric(Metric(metric), before, today, distanceUnit: unit));
        return Assert.Single(wins, w => w.Date == Today && w.Kind == kind && w.Window == window).Message;
    }

    public static TheoryData<string, decimal?[], decimal, DistanceUnit, string> WeekImprovements => new()
    {
        { "sitting", [30, 35, 30, 40, 35, null, 30], 45, DistanceUnit.Kilometres, "You sat 12.5 minutes longer than your usual last week (32.5 → 45 min)." },
        { "pain", [5, 5, 5], 3, DistanceUnit.Kilometres, "Your pain was 2 points lower than your usual last week (5 → 3)." },
        { "pain", [5, 5, 5], 4, DistanceUnit.Kilometres, "Your pain was 1 point lower than your usual last week (5 → 4)." },
        { "pain", [null, null, null, 4, 5, 6, 7], 4, DistanceUnit.Kilometres, "Your pain was 1.5 points lower than your usual last week (5.5 → 4)." },
        { "walking", [600, 600, 600], 800, DistanceUnit.Kilometres, "You walked 200 m further than your usual last week (600 → 800 m)." },
        { "walking", [1200, 1200, 1200], 1600, DistanceUnit.Kilometres, "You walked 400 m further than your usual last week (1.2 → 1.6 km)." },
        { "walking", [800, 900, 950], 1100, DistanceUnit.Kilometres, "You walked 200 m further than your usual last week (0.9 → 1.1 km)." },
        { "walking", [2000, 2000, 2000], 3250, DistanceUnit.Kilometres, "You walked 1.25 km further than your usual last week (2 → 3.25 km)." },
        { "walking", [1200, 1200, 1200], 1600, DistanceUnit.Miles, "You walked 0.24 mi further than your usual last week (0.75 → 0.99 mi)." },
        { "walking", [1235, 1235, 1235], 1734, DistanceUnit.Kilometres, "You walked 490 m further than your usual last week (1.24 → 1.73 km)." },
        { "score", [1.01m, 1.02m, 1.03m, 1.04m], 1.2m, DistanceUnit.Kilometres, "Your score was 0.17 better than your usual last week (1.03 → 1.2)." },
        { "posture", [40, 40, 40], 45, DistanceUnit.Kilometres, "Your posture angle was 5 degrees better than your usual last week (40 → 45 degrees)." },
        { "waist", [90, 90.5m, 91], 88.5m, DistanceUnit.Kilometres, "Your waist was 2 cm better than your usual last week (90.5 → 88.5 cm)." },
        { "score", [0.2m, 0.2m, 0.2m], 0.35m, DistanceUnit.Kilometres, "Your score was 0.15 better than your usual last week (0.2 → 0.35)." },
    };

    [Theory]
    [MemberData(nameof(WeekImprovements))]
    public void Improvement_over_the_week(string metric, decimal?[] before, decimal today, DistanceUnit unit, string sentence)
    {
        Assert.Equal(sentence, Sentence(WinKind.Improvement, WinWindow.Week, metric, before, today, unit));
    }

    [Fact]
    public void Improvement_over_the_month()
    {
        Assert.Equal(
            "You sat 30 minutes longer than your usual over the last month (30 → 60 min).",
            Sentence(WinKind.Improvement, WinWindow.Month, "sitting", Concat(Repeat(30, 8), Repeat(null, 7)), 60));
    }

    public static TheoryData<string, decimal?[], decimal, DistanceUnit, string> PersonalBests => new()
    {
        { "sitting", [50, 40, 40, 40, 40, 40, 40, 40], 60, DistanceUnit.Kilometres, "Your longest sitting in a month: 60 min, beating your previous best of 50 min." },
        { "pain", [3, 5, 5, 5, 5, 5, 5, 5], 2, DistanceUnit.Kilometres, "Your lowest pain in a month: 2, beating your previous best of 3." },
        { "walking", [1200, 800, 800, 800, 800, 800, 800, 800], 1600, DistanceUnit.Kilometres, "Your longest walk in a month: 1.6 km, beating your previous best of 1.2 km." },
        { "walking", [900, 800, 800, 800, 800, 800, 800, 800], 950, DistanceUnit.Kilometres, "Your longest walk in a month: 950 m, beating your previous best of 900 m." },
        { "walking", [1200, 800, 800, 800, 800, 800, 800, 800], 1609.344m, DistanceUnit.Miles, "Your longest walk in a month: 1 mi, beating your previous best of 0.75 mi." },
        { "waist", [90, 91, 91, 91, 91, 91, 91, 91], 89.5m, DistanceUnit.Kilometres, "Your best waist in a month: 89.5 cm, beating your previous best of 90 cm." },
    };

    [Theory]
    [MemberData(nameof(PersonalBests))]
    public void Personal_best(string metric, decimal?[] before, decimal today, DistanceUnit unit, string sentence)
    {
        Assert.Equal(sentence, Sentence(WinKind.PersonalBest, WinWindow.Month, metric, before, today, unit));
    }

    [Fact]
    public void Sentences_do_not_follow_the_current_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");

            Assert.Equal(
                "You sat 12.5 minutes longer than your usual last week (32.5 → 45 min).",
                Sentence(WinKind.Improvement, WinWindow.Week, "sitting", [30, 35, 30, 40, 35, null, 30], 45));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Every_win_of_a_journal_has_a_sentence_without_blame()
    {
        string[] blaming = ["failed", "should", "only", "worse", "bad"];
        var journal = new PatientJournal(
            Enumerable.Range(0, 60).Select(i => new JournalEntry(Today.AddDays(i - 59))
            {
                Pain = (i * 7) % 11,
                SittingMinutes = (i * 13) % 90,
                WalkingMeters = (i * 370) % 3000,
                FunctionalWins = (FunctionalWins)(i % 32),
            }));

        var wins = WinDetector.Detect(journal);

        Assert.NotEmpty(wins);
        Assert.All(wins, w => Assert.DoesNotContain(blaming, word => w.Message.Contains(word, StringComparison.OrdinalIgnoreCase)));
        Assert.All(wins, w => Assert.EndsWith(".", w.Message, StringComparison.Ordinal));
    }
}
