using Healactively.Domain.Journal;
using static Healactively.Domain.Tests.Support.TestJournal;

namespace Healactively.Domain.Tests.Journal;

public class FlareTimelineTests
{
    private static JournalEntry Mark(string date, FlareMark mark) => new(Day(date)) { Flare = mark };

    [Fact]
    public void A_start_and_an_end_make_one_episode()
    {
        var timeline = FlareTimeline.Build([Mark("2026-01-01", FlareMark.Start), new(Day("2026-01-02")), Mark("2026-01-06", FlareMark.End)]);

        Assert.True(timeline.IsValid);
        Assert.Equal([new FlareEpisode(Day("2026-01-01"), Day("2026-01-06"))], timeline.Episodes);
        Assert.Equal(5, timeline.Episodes[0].RecoveryDays);
        Assert.Null(timeline.Ongoing);
    }

    [Fact]
    public void Start_end_is_a_flare_up_over_the_same_day()
    {
        var episode = Assert.Single(FlareTimeline.Build([Mark("2026-01-01", FlareMark.StartEnd)]).Episodes);

        Assert.Equal(new FlareEpisode(Day("2026-01-01"), Day("2026-01-01")), episode);
        Assert.Equal(0, episode.RecoveryDays);
        Assert.False(episode.IsOngoing);
    }

    [Fact]
    public void A_start_without_an_end_is_ongoing()
    {
        var timeline = FlareTimeline.Build([Mark("2026-01-01", FlareMark.StartEnd), Mark("2026-01-10", FlareMark.Start)]);

        Assert.True(timeline.IsValid);
        Assert.Equal(new FlareEpisode(Day("2026-01-10"), null), timeline.Ongoing);
        Assert.True(timeline.Ongoing!.IsOngoing);
        Assert.Null(timeline.Ongoing.RecoveryDays);
    }

    [Fact]
    public void A_start_while_one_is_ongoing_is_refused_with_a_clear_message()
    {
        var timeline = FlareTimeline.Build(
            [Mark("2026-01-01", FlareMark.Start), Mark("2026-01-03", FlareMark.Start), Mark("2026-01-06", FlareMark.End)]);

        Assert.Equal(
            [new FlareProblem(Day("2026-01-03"), "A flare-up is already ongoing since 2026-01-01. Mark it over before starting a new one.")],
            timeline.Problems);
        Assert.False(timeline.IsValid);
        Assert.Equal([new FlareEpisode(Day("2026-01-01"), Day("2026-01-06"))], timeline.Episodes);
    }

    [Fact]
    public void A_start_end_while_one_is_ongoing_is_refused_whole()
    {
        var timeline = FlareTimeline.Build([Mark("2026-01-01", FlareMark.Start), Mark("2026-01-03", FlareMark.StartEnd)]);

        Assert.Equal(Day("2026-01-03"), Assert.Single(timeline.Problems).Date);
        Assert.Equal(new FlareEpisode(Day("2026-01-01"), null), timeline.Ongoing);
    }

    [Fact]
    public void An_end_with_none_ongoing_is_refused()
    {
        var timeline = FlareTimeline.Build([Mark("2026-01-01", FlareMark.End), Mark("2026-01-02", FlareMark.StartEnd)]);

        Assert.Equal(
            [new FlareProblem(Day("2026-01-01"), "There is no ongoing flare-up to mark over on this date. Mark the day it started first.")],
            timeline.Problems);
        Assert.Equal([new FlareEpisode(Day("2026-01-02"), Day("2026-01-02"))], timeline.Episodes);
    }

    [Fact]
    public void Marks_are_read_in_date_order()
    {
        var timeline = FlareTimeline.Build([Mark("2026-01-06", FlareMark.End), Mark("2026-01-01", FlareMark.Start)]);

        Assert.True(timeline.IsValid);
        Assert.Equal([new FlareEpisode(Day("2026-01-01"), Day("2026-01-06"))], timeline.Episodes);
    }
}
