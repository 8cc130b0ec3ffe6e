using Healactively.Domain.Insights;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Domain.Tests.Insights;

public class WhatHelpsTests
{
    private static readonly DateOnly Start = new(2026, 1, 1);

    /// <summary>
    /// Consecutive days; on a day whose tag list is not empty the next day has <paramref name="painAfterTag"/>,
    /// otherwise <paramref name="painOtherwise"/> (the first day's own values do not matter).
    /// </summary>
    private static List<JournalEntry> Journal(string?[] helpedTags, int painAfterTag, int painOtherwise, int? walkingAfterTag = null, int? walkingOtherwise = null)
    {
        var entries = new List<JournalEntry>();
        for (var i = 0; i <= helpedTags.Length; i++)
        {
            var previousTag = i > 0 ? helpedTags[i - 1] : null;
            var tagged = previousTag is not null;
            entries.Add(new JournalEntry(Start.AddDays(i))
            {
                Pain = i == 0 ? 4 : tagged ? painAfterTag : painOtherwise,
                WalkingMeters = i == 0 ? null : tagged ? walkingAfterTag : walkingOtherwise,
                Helped = i < helpedTags.Length && helpedTags[i] is { } tag ? [tag] : [],
            });
        }

        return entries;
    }

    private static string?[] Alternating(int tagged, int untagged, params string[] spellings)
    {
        var days = new List<string?>();
        for (var i = 0; i < Math.Max(tagged, untagged); i++)
        {
            if (i < tagged)
            {
                days.Add(spellings[i % spellings.Length]);
            }

            if (i < untagged)
            {
                days.Add(null);
            }
        }

        return [.. days];
    }

    [Fact]
    public void Next_day_pain_after_a_tag_is_compared_with_next_day_pain_after_other_days()
    {
        var entries = Journal(Alternating(6, 8, "walk"), painAfterTag: 3, painOtherwise: 5);

        var finding = Assert.Single(WhatHelps.Analyze(entries));
        var pain = Assert.Single(finding.Associations, a => a.Metric == BuiltInMetrics.Pain);

        Assert.Equal((TagKind.Helped, "walk", 6, 8), (finding.Kind, finding.Tag, pain.DaysWith, pain.DaysWithout));
        Assert.Equal(-2m, pain.Difference);
        Assert.True(pain.IsBetter);
        Assert.Equal("On days after “walk”, your pain was 2 points lower on average (6 days vs 8).", WhatHelpsSentences.Describe(finding, pain, DistanceUnit.Kilometres));
    }

    [Fact]
    public void Tags_are_one_tag_whatever_their_case_and_spaces_and_keep_their_first_spelling()
    {
        var entries = Journal(Alternating(5, 5, "Heat pack", " heat PACK ", "HEAT PACK"), painAfterTag: 4, painOtherwise: 4);

        var finding = Assert.Single(WhatHelps.Analyze(entries));

        Assert.Equal("Heat pack", finding.Tag);
        Assert.True(finding.HasEnoughDays);
        Assert.Equal(
            "On days after “Heat pack”, your pain was about the same as after other days (5 days vs 5).",
            WhatHelpsSentences.Describe(finding, finding.Associations[0], DistanceUnit.Kilometres));
    }

    [Fact]
    public void A_tag_on_four_days_is_not_compared_and_says_how_many_more_days_are_needed()
    {
        var entries = Journal(Alternating(4, 3, "stretching"), painAfterTag: 2, painOtherwise: 6);

        var finding = Assert.Single(WhatHelps.Analyze(entries));

        Assert.False(finding.HasEnoughDays);
        Assert.Empty(finding.Associations);
        Assert.Equal((1, 2), (finding.MoreDaysWith, finding.MoreDaysWithout));
        Assert.Equal(
            "“stretching”: not enough days to compare yet. 1 more day with it and 2 more days without it, each followed by a journaled day, and you will see how the next day went.",
            WhatHelpsSentences.NeedsMoreDays(finding));
    }

    [Fact]
    public void Days_without_a_next_day_entry_with_the_metric_do_not_count()
    {
        // Five tagged days, but every other one is followed by a gap: only three count, so nothing is compared.
        var entries = new List<JournalEntry>();
        for (var i = 0; i < 10; i++)
        {
            var day = Start.AddDays(i * 3);
            entries.Add(new JournalEntry(day) { Pain = 5, Helped = ["swim"] });
            // A next-day entry for the first three tagged days only.
            if (i < 3)
            {
                entries.Add(new JournalEntry(day.AddDays(1)) { Pain = 2 });
            }
            else
            {
                entries.Add(new JournalEntry(day.AddDays(1)) { SittingMinutes = 30 });
            }
        }

        var finding = Assert.Single(WhatHelps.Analyze(entries));

        Assert.False(finding.HasEnoughDays);
    }

    [Fact]
    public void Walking_is_written_in_the_patients_unit_and_triggers_are_their_own_list()
    {
        var entries = Journal(Alternating(5, 6, "walk"), painAfterTag: 6, painOtherwise: 4, walkingAfterTag: 2000, walkingOtherwise: 1195);
        for (var i = 0; i < entries.Count; i++)
        {
            entries[i] = entries[i] with { Triggers = entries[i].Helped };
        }

        var findings = WhatHelps.Analyze(entries);

        Assert.Equal([TagKind.Helped, TagKind.Trigger], findings.Select(f => f.Kind));
        var trigger = findings[1];
        var pain = trigger.Associations.Single(a => a.Metric == BuiltInMetrics.Pain);
        var walking = trigger.Associations.Single(a => a.Metric == BuiltInMetrics.WalkingMeters);
        Assert.False(pain.IsBetter);
        Assert.True(walking.IsBetter);
        Assert.Equal("On days after “walk”, your pain was 2 points higher on average (5 days vs 6).", WhatHelpsSentences.Describe(trigger, pain, DistanceUnit.Miles));
        // 805 m further, rounded to 810 m = 0.5 mi.
        Assert.Equal("On days after “walk”, you walked 0.5 mi further on average (5 days vs 6).", WhatHelpsSentences.Describe(trigger, walking, DistanceUnit.Miles));
        Assert.Equal("On days after “walk”, you walked 810 m further on average (5 days vs 6).", WhatHelpsSentences.Describe(trigger, walking, DistanceUnit.Kilometres));
    }

    [Fact]
    public void Sitting_shorter_after_a_tag_is_said_plainly()
    {
        var entries = Journal(Alternating(5, 5, "gardening"), painAfterTag: 4, painOtherwise: 4);
        for (var i = 1; i < entries.Count; i++)
        {
            entries[i] = entries[i] with { SittingMinutes = entries[i - 1].Helped.Count > 0 ? 20 : 32 };
        }

        var finding = Assert.Single(WhatHelps.Analyze(entries));
        var sitting = finding.Associations.Single(a => a.Metric == BuiltInMetrics.SittingMinutes);

        Assert.False(sitting.IsBetter);
        Assert.Equal("On days after “gardening”, you could sit 12 min less on average (5 days vs 5).", WhatHelpsSentences.Describe(finding, sitting, DistanceUnit.Kilometres));
    }

    [Fact]
    public void A_journal_without_tags_has_nothing_to_show()
    {
        Assert.Empty(WhatHelps.Analyze([new JournalEntry(Start) { Pain = 3 }, new JournalEntry(Start.AddDays(1)) { Pain = 2 }]));
    }
}
