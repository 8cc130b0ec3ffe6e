using System.Net;
using Healactively.Web.Tests.Infrastructure;
using Healactively.Web.Tests.Journal;

namespace Healactively.Web.Tests.Outcomes;

/// <summary>The weekly check-in: saving earns the PSFS and PEG wins, an edit replaces, and bad answers change nothing.</summary>
public sealed class CheckInTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task A_better_check_in_three_weeks_after_the_first_shows_its_wins_and_the_wins_csv_has_the_new_kinds()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        OutcomeSteps.AssertRedirect(await OutcomeSteps.AddActivityAsync(client, "Carry the shopping up the stairs"));
        var activity = Assert.Single(await OutcomeSteps.ActivitiesAsync(factory, Accounts.UserId(factory, email)));

        var first = await HtmlPage.FollowAsync(client, await OutcomeSteps.CheckInAsync(client, "2026-11-04", OutcomeSteps.Answers(activity.Id, "2", "7")));
        Assert.Contains("starting point", first.Find("#check-in-saved")!.TextContent, StringComparison.Ordinal);
        var later = await HtmlPage.FollowAsync(client, await OutcomeSteps.CheckInAsync(client, "2026-11-25", OutcomeSteps.Answers(activity.Id, "6", "4")));

        var wins = later.FindAll("#check-in-wins li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Carry the shopping up the stairs: 2 → 6 since your first rating (3 weeks ago).", wins);
        Assert.Contains("Your activities score (PSFS) rose from 2 to 6 since your first ratings (3 weeks ago).", wins);
        Assert.Contains("Pain and how much it gets in your way (PEG) eased from 7 to 4 since your first check-in (3 weeks ago).", wins);

        var (_, csv) = await JournalCsvClient.DownloadAsync(client, "/Wins/Export");
        Assert.Contains($"2026-11-25,peg_score,peg,,7,4,3,meaningful,", csv, StringComparison.Ordinal);
        Assert.Contains($"2026-11-25,psfs_activity,psfs:{activity.Id},,2,6,4,meaningful,", csv, StringComparison.Ordinal);
        Assert.Contains("2026-11-25,psfs_score,psfs,,2,6,4,meaningful,", csv, StringComparison.Ordinal);

        var winsPage = await HtmlPage.GetOkAsync(client, "/Wins");
        Assert.Contains("Carry the shopping up the stairs: 2 → 6", winsPage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_a_date_again_replaces_its_check_in_and_its_wins()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var patientId = Accounts.UserId(factory, email);
        await OutcomeSteps.AddActivityAsync(client, "Tie my shoes");
        var activity = Assert.Single(await OutcomeSteps.ActivitiesAsync(factory, patientId));
        await OutcomeSteps.CheckInAsync(client, "2026-11-18", OutcomeSteps.Answers(activity.Id, "3", "5"));
        await OutcomeSteps.CheckInAsync(client, "2026-11-25", OutcomeSteps.Answers(activity.Id, "7", "5"));

        var edit = await OutcomeSteps.CheckInAsync(client, "2026-11-25", OutcomeSteps.Answers(activity.Id, "3", "5"));
        OutcomeSteps.AssertRedirect(edit);
        var replaced = await HtmlPage.FollowAsync(client, edit);
        Assert.Contains("replaced", replaced.Text, StringComparison.Ordinal);

        var checkIns = await OutcomeSteps.CheckInsAsync(factory, patientId);
        Assert.Equal([new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 25)], checkIns.Select(c => c.Date));
        Assert.Equal(3, Assert.Single(checkIns[1].Ratings).Rating);
        Assert.Empty(replaced.FindAll("#check-in-wins li"));
        var (_, csv) = await JournalCsvClient.DownloadAsync(client, "/Wins/Export");
        Assert.DoesNotContain("psfs_activity", csv, StringComparison.Ordinal);
    }

    public static TheoryData<string?, string?, string?> BadAnswers => new()
    {
        { "11", "5", "5" },
        { "-1", "5", "5" },
        { "", "5", "5" },
        { null, "5", "5" },
        { "abc", "5", "5" },
        { "5.5", "5", "5" },
        { "5", "11", "5" },
        { "5", "", "5" },
        { "5", "five", "5" },
        { "5", "5", "1e1" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task A_bad_answer_is_explained_and_nothing_is_saved(string? rating, string? pegPain, string? pegActivity)
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var patientId = Accounts.UserId(factory, email);
        await OutcomeSteps.AddActivityAsync(client, "Lift a bag");
        var activity = Assert.Single(await OutcomeSteps.ActivitiesAsync(factory, patientId));
        var answers = new Dictionary<string, string?> { ["PegPain"] = pegPain, ["PegEnjoyment"] = "5", ["PegActivity"] = pegActivity };
        if (rating is not null)
        {
            answers[$"Ratings[{activity.Id}]"] = rating;
        }

        var page = await OutcomeSteps.CheckInAsync(client, "2026-11-25", answers);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.FindAll("#check-in-errors li").Any(li => li.TextContent.Contains("0 to 10", StringComparison.Ordinal)), page.Find("#check-in-form")?.TextContent);
        Assert.Empty(await OutcomeSteps.CheckInsAsync(factory, patientId));
    }

    [Fact]
    public async Task A_future_date_or_an_activity_not_rated_now_changes_nothing()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var patientId = Accounts.UserId(factory, email);
        await OutcomeSteps.AddActivityAsync(client, "Lift a bag");
        var activity = Assert.Single(await OutcomeSteps.ActivitiesAsync(factory, patientId));
        var page = await HtmlPage.GetOkAsync(client, "/CheckIn");

        var future = await page.SubmitAsync(client, "#check-in-form", new Dictionary<string, string?>(OutcomeSteps.Answers(activity.Id, "5", "5")) { ["Date"] = "2026-11-26" });
        var stranger = await page.SubmitAsync(client, "#check-in-form", new Dictionary<string, string?>(OutcomeSteps.Answers(activity.Id, "5", "5")) { ["Ratings[999999]"] = "5" });

        Assert.Equal(HttpStatusCode.OK, future.Status);
        Assert.Equal(HttpStatusCode.OK, stranger.Status);
        Assert.Contains("no longer rate", stranger.Text, StringComparison.Ordinal);
        Assert.Empty(await OutcomeSteps.CheckInsAsync(factory, patientId));
    }

    [Fact]
    public async Task A_sixth_active_activity_or_a_name_of_81_characters_is_refused_and_a_retired_one_frees_a_place()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var patientId = Accounts.UserId(factory, email);
        for (var i = 1; i <= 5; i++)
        {
            OutcomeSteps.AssertRedirect(await OutcomeSteps.AddActivityAsync(client, $"Activity {i}"));
        }

        var sixth = await OutcomeSteps.AddActivityAsync(client, "Activity 6");
        var tooLong = await OutcomeSteps.AddActivityAsync(client, new string('a', 81));
        var blank = await OutcomeSteps.AddActivityAsync(client, "   ");

        Assert.Equal(HttpStatusCode.OK, sixth.Status);
        Assert.Contains("up to 5 activities", sixth.Find("#new-activity-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("80 characters", tooLong.Find("#new-activity-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, blank.Status);
        Assert.Equal(5, (await OutcomeSteps.ActivitiesAsync(factory, patientId)).Count);

        var checkIn = await HtmlPage.GetOkAsync(client, "/CheckIn");
        OutcomeSteps.AssertRedirect(await checkIn.SubmitAsync(client, "#activities li:first-child form", new Dictionary<string, string?>()));
        OutcomeSteps.AssertRedirect(await OutcomeSteps.AddActivityAsync(client, new string('b', 80)));
        var activities = await OutcomeSteps.ActivitiesAsync(factory, patientId);
        Assert.Equal(6, activities.Count);
        Assert.Equal(new DateOnly(2026, 11, 25), activities[0].RetiredOn);
        Assert.Equal(5, (await HtmlPage.GetOkAsync(client, "/CheckIn")).FindAll("#check-in-form fieldset[id^=rating-]").Count);
    }
}
