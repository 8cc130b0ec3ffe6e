using Healactively.Domain.Insights;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Domain.Tests.Insights;

/// <summary>
/// What helps compares the change a tag is followed by (that day → next day) with the change after days without it,
/// within the person: a remedy reached for on bad days is judged by what happened next, not by the bad day itself.
/// </summary>
public class WhatHelpsTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    private static readonly string[] Spellings = ["Heat pack", " heat PACK ", "HEAT PACK"];

    /// <summary>Consecutive days from <see cref="Start"/>, each with its pain and (when not null) one "what helped" tag.</summary>
    private static List<JournalEntry> Days(params (int Pain, string? Tag)[] days) =>
        [.. days.Select((d, i) => new JournalEntry(Start.AddDays(i)) { Pain = d.Pain, Helped = d.Tag is { } tag ? [tag] : [] })];

    private static (int, string?)[] Repeat(int times, params (int, string?)[] block) =>
        [.. Enumerable.Range(0, times).SelectMany(_ => block)];

    [Fact]
    public void A_remedy_used_on_bad_days_after_which_the_next_day_improves_is_not_called_worse()
    {
        // Heat pack on the bad days (pain 8); the next day is 7. Ordinary days are 3. Next-day *levels* after a heat pack
        // (7) are higher than after other days (about 4): the old comparison called it worse. The change says otherwise.
        var entries = Days(Repeat(6, (8, "heat pack"), (7, null), (3, null), (3, null), (3, null)));

        var finding = Assert.Single(WhatHelps.Analyze(entries));
        var pain = Assert.Single(finding.Associations);

        Assert.Equal((6, 23), (pain.DaysWith, pain.DaysWithout));
        Assert.Equal(-1m, pain.MeanChangeWith);
        Assert.True(pain.Difference < 0);
        Assert.True(pain.IsBetter);
        Assert.Equal(
            "After days with “heat pack”, your pain the next day went down by 1 point on average; after other days it stayed about the same (6 days vs 23).",
            WhatHelpsSentences.Describe(finding, pain, DistanceUnit.Kilometres));
    }

    [Theory]
    // that day → next day after the tag | after other days | better?
    [InlineData(6, 4, 4, 4, true)]    // down 2 vs unchanged
    [InlineData(4, 6, 4, 4, false)]   // up 2 vs unchanged
    [InlineData(4, 4, 4, 4, false)]   // the same: neither better nor worse
    public void Pain_is_judged_by_the_change_after_the_tag_against_the_change_after_other_days(int tagDay, int afterTag, int otherDay, int afterOther, bool better)
    {
        var entries = Days(Repeat(5, (tagDay, "swim"), (afterTag, null), (otherDay, null), (afterOther, null)));
        var finding = Assert.Single(WhatHelps.Analyze(entries));
        var pain = Assert.Single(finding.Associations);

        Assert.Equal(afterTag - tagDay, pain.MeanChangeWith);
        Assert.Equal(better, pain.IsBetter);
    }

    [Fact]
    public void Tags_are_one_tag_whatever_their_case_and_spaces_and_keep_their_first_spelling()
    {
        var entries = Days(Repeat(6, (4, null), (4, null)).Select((d, i) => i % 2 == 0 ? (4, Spellings[i / 2 % 3]) : d).ToArray());

        var finding = Assert.Single(WhatHelps.Analyze(entries));

        Assert.Equal("Heat pack", finding.Tag);
        Assert.True(finding.HasEnoughDays);
        Assert.Equal(
            "After days with “Heat pack”, your pain the next day stayed about the same on average; after other days it stayed about the same (6 days vs 5).",
            WhatHelpsSentences.Describe(finding, finding.Associations[0], DistanceUnit.Kilometres));
    }

    [Fact]
    public void A_tag_on_four_days_is_not_compared_and_says_how_many_more_days_are_needed()
    {
        var entries = Days(Repeat(3, (5, "stretching"), (4, null)).Append((5, "stretching")).Append((4, null)).ToArray());

        var finding = Assert.Single(WhatHelps.Analyze(entries));

        Assert.False(finding.HasEnoughDays);
        Assert.Empty(finding.Associations);
        Assert.Equal((1, 2), (finding.MoreDaysWith, finding.MoreDaysWithout));
        Assert.Equal(
            "“stretching”: not enough days to compare yet. 1 more day with it and 2 more days without it, each followed by a journaled day, and you will see how the next day went.",
            WhatHelpsSentences.NeedsMoreDays(finding));
    }

    [Fact]
    public void A_pair_counts_only_when_the_metric_is_recorded_on_that_day_and_on_the_next()
    {
        // Ten tagged days, each followed by an entry; only three tagged days have pain themselves.
        var entries = new List<JournalEntry>();
        for (var i = 0; i < 10; i++)
        {
            var day = Start.AddDays(i * 2);
            entries.Add(new JournalEntry(day) { Pain = i < 3 ? 5 : null, SittingMinutes = 30, Helped = ["swim"] });
            entries.Add(new JournalEntry(day.AddDays(1)) { Pain = 2, SittingMinutes = 30 });
        }

        var finding = Assert.Single(WhatHelps.Analyze(entries));

        Assert.DoesNotContain(finding.Associations, a => a.Metric == BuiltInMetrics.Pain);
        Assert.Contains(finding.Associations, a => a.Metric == BuiltInMetrics.SittingMinutes);
    }

    [Fact]
    public void Walking_and_sitting_are_written_in_the_patients_unit_and_triggers_are_their_own_list()
    {
        var entries = new List<JournalEntry>();
        for (var i = 0; i < 12; i++)
        {
            var tagged = i % 2 == 0;
            // Tagged day → next: walking +805 m, sitting −12 min. Untagged day → next: walking −805 m, sitting +12 min.
            entries.Add(new JournalEntry(Start.AddDays(i))
            {
                WalkingMeters = tagged ? 1000 : 1805,
                SittingMinutes = tagged ? 32 : 20,
                Triggers = tagged ? ["walk"] : [],
            });
        }

        var trigger = Assert.Single(WhatHelps.Analyze(entries));
        var walking = trigger.Associations.Single(a => a.Metric == BuiltInMetrics.WalkingMeters);
        var sitting = trigger.Associations.Single(a => a.Metric == BuiltInMetrics.SittingMinutes);

        Assert.Equal(TagKind.Trigger, trigger.Kind);
        Assert.True(walking.IsBetter);
        Assert.False(sitting.IsBetter);
        // 805 m, rounded to 810 m = 0.5 mi.
        Assert.Equal(
            "After days with “walk”, your walking distance the next day went up by 0.5 mi on average; after other days it went down by 0.5 mi (6 days vs 5).",
            WhatHelpsSentences.Describe(trigger, walking, DistanceUnit.Miles));
        Assert.Equal(
            "After days with “walk”, your sitting time the next day went down by 12 min on average; after other days it went up by 12 min (6 days vs 5).",
            WhatHelpsSentences.Describe(trigger, sitting, DistanceUnit.Kilometres));
    }

    [Fact]
    public void A_journal_without_tags_has_nothing_to_show()
    {
        Assert.Empty(WhatHelps.Analyze([new JournalEntry(Start) { Pain = 3 }, new JournalEntry(Start.AddDays(1)) { Pain = 2 }]));
    }
}
