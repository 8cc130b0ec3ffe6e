using Healactively.Domain.Journal;
using Healactively.Domain.Wins;
using static Healactively.Domain.Tests.Support.TestJournal;

namespace Healactively.Domain.Tests.Wins.Rules;

/// <summary>Spec kind <c>flare_recovery_faster</c>.</summary>
public class FlareRecoveryRuleTests
{
    private static readonly DateOnly First = new(2026, 1, 1);

    /// <summary>Completed flare-ups with these recovery days, one every 20 days from 2026-01-01.</summary>
    private static List<JournalEntry> Episodes(params int[] recoveryDays)
    {
        var entries = new List<JournalEntry>();
        for (var i = 0; i < recoveryDays.Length; i++)
        {
            var start = First.AddDays(20 * i);
            if (recoveryDays[i] == 0)
            {
                entries.Add(new JournalEntry(start) { Flare = FlareMark.StartEnd });
            }
            else
            {
                entries.Add(new JournalEntry(start) { Flare = FlareMark.Start });
                entries.Add(new JournalEntry(start.AddDays(recoveryDays[i])) { Flare = FlareMark.End });
            }
        }

        return entries;
    }

    private static string Describe(IEnumerable<Win> wins) =>
        string.Join(" | ", wins
            .Where(w => w.Kind == WinKind.FlareRecoveryFaster)
            .Select(w => $"{w.Date:yyyy-MM-dd} {Exact(w.Baseline)} {Exact(w.Value)} {Exact(w.Delta)}"))
        is { Length: > 0 } text ? text : "none";

    public static TheoryData<string, int[], string> Rows => new()
    {
        { "the first flare-up has nothing to compare with", [5], "none" },
        { "faster than the one before", [5, 3], "2026-01-24 5 3 2" },
        { "as fast as the one before: none", [3, 3], "none" },
        { "slower than the one before: none", [3, 5], "none" },
        { "over the same day it started", [2, 0], "2026-01-21 2 0 2" },
        { "median of two earlier is their mean", [4, 7, 5], "2026-02-15 5.5 5 0.5" },
        { "median of three earlier", [10, 2, 4, 3], "2026-01-23 10 2 8 | 2026-02-14 6 4 2 | 2026-03-05 4 3 1" },
        // On 03-29, 7 days beats median(10, 2, 8) = 8; with all four earlier ones (1, 10, 2, 8) the median is 5.
        { "only the 3 most recent earlier count", [1, 10, 2, 8, 7], "2026-02-12 5.5 2 3.5 | 2026-03-29 8 7 1" },
        // On 03-25, 3 days is not faster than median(2, 3, 4) = 3; with all four earlier ones (15, 2, 3, 4) it would be (3.5).
        { "only the 3 most recent earlier count: no win", [15, 2, 3, 4, 3], "2026-01-23 15 2 13 | 2026-02-13 8.5 3 5.5" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Flare_recovery_wins(string name, int[] recoveryDays, string expected)
    {
        _ = name;
        var wins = WinDetector.Detect(new PatientJournal(Episodes(recoveryDays)));

        Assert.Equal(expected, Describe(wins));
    }

    [Fact]
    public void The_win_has_the_fields_and_sentence_of_the_spec()
    {
        var wins = WinDetector.Detect(new PatientJournal(Episodes(4, 6, 5, 3)));

        var win = Assert.Single(wins);
        Assert.Equal(
            new Win(Day("2026-03-05"), WinKind.FlareRecoveryFaster, "flare", null, 5m, 3m, 2m, null,
                "You recovered from this flare-up in 3 days, faster than your usual 5 days over your last 3 flare-ups."),
            win);
    }

    [Theory]
    [InlineData(new[] { 2, 1 }, "You recovered from this flare-up in 1 day, faster than the 2 days your last flare-up took.")]
    [InlineData(new[] { 2, 3, 0 }, "You recovered from this flare-up on the same day, faster than your usual 2.5 days over your last 2 flare-ups.")]
    [InlineData(new[] { 1, 0 }, "You recovered from this flare-up on the same day, faster than the 1 day your last flare-up took.")]
    public void Sentences_adapt_to_the_numbers(int[] recoveryDays, string sentence)
    {
        var win = Assert.Single(WinDetector.Detect(new PatientJournal(Episodes(recoveryDays))));

        Assert.Equal(sentence, win.Message);
    }

    [Fact]
    public void An_ongoing_flare_up_is_not_compared()
    {
        var entries = Episodes(5);
        entries.Add(new JournalEntry(Day("2026-02-01")) { Flare = FlareMark.Start });
        entries.Add(new JournalEntry(Day("2026-02-03")));

        Assert.Empty(WinDetector.Detect(new PatientJournal(entries)));
    }

    [Fact]
    public void Refused_marks_are_skipped_and_the_episodes_around_them_still_count()
    {
        var entries = new List<JournalEntry>
        {
            new(Day("2026-01-01")) { Flare = FlareMark.Start },
            new(Day("2026-01-03")) { Flare = FlareMark.Start }, // refused: one is ongoing since 01-01
            new(Day("2026-01-06")) { Flare = FlareMark.End }, // 5 days
            new(Day("2026-01-10")) { Flare = FlareMark.End }, // refused: none ongoing
            new(Day("2026-02-01")) { Flare = FlareMark.StartEnd }, // 0 days
        };

        var wins = WinDetector.Detect(new PatientJournal(entries));

        Assert.Equal("2026-02-01 5 0 5", Describe(wins));
    }
}
