using Healactively.Domain.Journal;
using Healactively.Domain.Wins;
using static Healactively.Domain.Tests.Support.TestJournal;

namespace Healactively.Domain.Tests.Wins.Rules;

/// <summary>Spec kinds <c>micro_win</c> and <c>first_in_30_days</c>.</summary>
public class FunctionalWinRulesTests
{
    private static string Describe(IEnumerable<Win> wins) =>
        string.Join(", ", wins
            .Where(w => w.Date == Today && w.Kind is WinKind.MicroWin or WinKind.FirstIn30Days)
            .Select(w => $"{WinKeys.Of(w.Kind)}:{w.Metric}")) is { Length: > 0 } text ? text : "none";

    /// <summary>Entries on the given days before today (1 = yesterday), then today's entry with <paramref name="today"/> ticked.</summary>
    private static PatientJournal Journal(IEnumerable<int> daysBefore, FunctionalWins today, Func<int, FunctionalWins>? earlier = null) =>
        new(daysBefore
            .Select(n => new JournalEntry(Today.AddDays(-n)) { FunctionalWins = earlier?.Invoke(n) ?? FunctionalWins.None })
            .Append(new JournalEntry(Today) { FunctionalWins = today }));

    [Fact]
    public void One_micro_win_per_ticked_item_with_the_catalog_sentence()
    {
        var journal = Journal([], FunctionalWins.WalkedConfidently | FunctionalWins.StoodWithoutWincing | FunctionalWins.DidAvoidedMovement);

        var wins = WinDetector.Detect(journal);

        Assert.Equal(
            [
                new Win(Today, WinKind.MicroWin, "did_avoided_movement", null, null, null, null, null, "You did a movement you had been avoiding."),
                new Win(Today, WinKind.MicroWin, "stood_without_wincing", null, null, null, null, null, "You stood up without wincing."),
                new Win(Today, WinKind.MicroWin, "walked_confidently", null, null, null, null, null, "You walked with confidence."),
            ],
            wins);
    }

    [Fact]
    public void Nothing_ticked_is_no_win()
    {
        Assert.Empty(WinDetector.Detect(Journal([1, 2, 3], FunctionalWins.None)));
    }

    [Fact]
    public void Every_item_has_a_micro_win()
    {
        var wins = WinDetector.Detect(Journal([], (FunctionalWins)31));

        Assert.Equal(FunctionalWinCatalog.All.Select(i => i.Key).Order(StringComparer.Ordinal), wins.Select(w => w.Metric));
    }

    [Fact]
    public void Flags_outside_the_catalog_are_ignored()
    {
        Assert.Empty(WinDetector.Detect(Journal([], (FunctionalWins)32)));
    }

    [Theory]
    [InlineData("8 entries in the month", 1, 8, "first_in_30_days:slept_through_night, micro_win:slept_through_night")]
    [InlineData("7 entries in the month: micro_win only", 1, 7, "micro_win:slept_through_night")]
    [InlineData("8 entries ending 23 days ago", 23, 8, "first_in_30_days:slept_through_night, micro_win:slept_through_night")]
    [InlineData("8 entries, the oldest 31 days ago", 24, 8, "micro_win:slept_through_night")]
    public void First_in_30_days_needs_8_entries_in_the_month(string name, int newestDaysBefore, int count, string expected)
    {
        _ = name;
        var journal = Journal(Enumerable.Range(newestDaysBefore, count), FunctionalWins.SleptThroughNight);

        Assert.Equal(expected, Describe(WinDetector.Detect(journal)));
    }

    [Theory]
    [InlineData(20, "micro_win:slept_through_night")]
    [InlineData(30, "micro_win:slept_through_night")]
    [InlineData(31, "first_in_30_days:slept_through_night, micro_win:slept_through_night")]
    public void First_in_30_days_needs_the_item_unticked_in_the_month(int tickedDaysBefore, string expected)
    {
        var journal = Journal(
            Enumerable.Range(1, 31),
            FunctionalWins.SleptThroughNight,
            n => n == tickedDaysBefore ? FunctionalWins.SleptThroughNight : FunctionalWins.None);

        Assert.Equal(expected, Describe(WinDetector.Detect(journal)));
    }

    [Fact]
    public void Other_items_ticked_in_the_month_do_not_matter()
    {
        var journal = Journal(Enumerable.Range(1, 10), FunctionalWins.SleptThroughNight, _ => FunctionalWins.WalkedConfidently);

        var wins = WinDetector.Detect(journal).Where(w => w.Date == Today).ToList();

        Assert.Equal(
            new Win(Today, WinKind.FirstIn30Days, "slept_through_night", null, null, null, null, null,
                "The first time in 30 days you slept through the night."),
            wins[0]);
        Assert.Equal("first_in_30_days:slept_through_night, micro_win:slept_through_night", Describe(wins));
    }
}
