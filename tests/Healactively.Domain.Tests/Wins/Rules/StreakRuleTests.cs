using Healactively.Domain.Journal;
using Healactively.Domain.Wins;
using static Healactively.Domain.Tests.Support.TestJournal;

namespace Healactively.Domain.Tests.Wins.Rules;

/// <summary>Spec kind <c>streak</c>: runs of consecutive journaled dates of 7, 14, 30, 60, 90, 180 or 365 days.</summary>
public class StreakRuleTests
{
    private static readonly DateOnly First = new(2026, 1, 1);

    private static string Streaks(IEnumerable<JournalEntry> entries) =>
        string.Join(", ", WinDetector.Detect(new PatientJournal(entries))
            .Where(w => w.Kind == WinKind.Streak)
            .Select(w => $"{w.Date:MM-dd}={w.Value}")) is { Length: > 0 } text ? text : "none";

    [Theory]
    [InlineData(6, "none")]
    [InlineData(7, "01-07=7")]
    [InlineData(8, "01-07=7")]
    [InlineData(13, "01-07=7")]
    [InlineData(14, "01-07=7, 01-14=14")]
    [InlineData(29, "01-07=7, 01-14=14")]
    [InlineData(30, "01-07=7, 01-14=14, 01-30=30")]
    public void Streak_wins_at_the_listed_lengths_only(int days, string expected)
    {
        Assert.Equal(expected, Streaks(EmptyDays(First, days)));
    }

    [Fact]
    public void A_gap_breaks_the_run()
    {
        // 6 days, 2026-01-07 not journaled, then 7 days: the first 7-day run ends on 01-14.
        var entries = EmptyDays(First, 6).Concat(EmptyDays(Day("2026-01-08"), 7));

        Assert.Equal("01-14=7", Streaks(entries));
    }

    [Fact]
    public void A_year_and_more()
    {
        var entries = EmptyDays(First, 400).ToList();

        var streaks = WinDetector.Detect(new PatientJournal(entries)).Where(w => w.Kind == WinKind.Streak).ToList();

        Assert.Equal([7m, 14m, 30m, 60m, 90m, 180m, 365m], streaks.Select(w => w.Value!.Value));
        Assert.Equal(First.AddDays(364), streaks[^1].Date);
    }

    [Fact]
    public void The_win_has_the_fields_and_sentence_of_the_spec()
    {
        var win = Assert.Single(WinDetector.Detect(new PatientJournal(EmptyDays(First, 7))));

        Assert.Equal(
            new Win(Day("2026-01-07"), WinKind.Streak, "journal", null, null, 7m, null, null, "You have journaled 7 days in a row."),
            win);
    }
}
