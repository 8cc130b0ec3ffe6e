using System.Net;
using Healactively.Domain.Sharing;
using Healactively.Web.Data;
using Healactively.Web.Features.Cheers;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Healactively.Web.Tests.Infrastructure.JournalDays;

namespace Healactively.Web.Tests.Cheers;

/// <summary>
/// A supporter cheers a shared moment (a preset reaction, an optional message); the patient sees it under that moment
/// on Home, Wins and the week page, "new" until marked seen, and can hide one or mute a supporter. Bad input is
/// refused with a message and nothing stored; a moment not shared, or no unrevoked link, answers 404.
/// </summary>
public sealed class CheerTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string SittingCard = ".moment-card[data-moment-date='2026-11-22'][data-moment-subject='sitting_minutes']";

    [Fact]
    public async Task A_cheer_shows_under_its_moment_on_home_wins_and_the_week_new_until_marked_seen()
    {
        var patient = await CheerSteps.PatientWithWinsAsync(factory);
        var supporter = await CheerSteps.SupporterAsync(factory, patient.Id, name: "Jo");

        // The supporter's own page: the form under the moment card, reactions as radio buttons.
        var shared = await HtmlPage.GetOkAsync(supporter.Client, $"/Supporting/{patient.Id}");
        Assert.Equal(["WellDone", "KeepGoing", "ProudOfYou"], shared.FindAll("#cheer-2026-11-22-sitting_minutes input[type=radio][name=Reaction]").Select(r => r.GetAttribute("value")));
        var sent = await shared.SubmitAsync(supporter.Client, "#cheer-2026-11-22-sitting_minutes",
            new Dictionary<string, string?> { ["Reaction"] = "WellDone", ["Message"] = "  Great sitting!  " });

        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal($"/Supporting/{patient.Id}#cheer-2026-11-22-sitting_minutes", sent.Response.Headers.Location!.OriginalString);
        var back = await HtmlPage.FollowAsync(supporter.Client, sent);
        Assert.Equal("Cheer sent.", TextOf(back.Find("#cheer-2026-11-22-sitting_minutes .cheer-sent")));
        Assert.Empty(back.FindAll(".moment-share"));
        foreach (var url in new[] { "/Home", "/Wins", "/Wins/Week?week=2026-W47" })
        {
            var page = await HtmlPage.GetOkAsync(patient.Client, url);
            var cheer = Assert.Single(page.FindAll($"{SittingCard} .moment-cheer"));
            Assert.Equal("true", cheer.GetAttribute("data-cheer-new"));
            Assert.Equal("new", TextOf(cheer.QuerySelector(".cheer-new")));
            Assert.Equal("Well done", TextOf(cheer.QuerySelector(".cheer-reaction")));
            Assert.Equal("“Great sitting!”", TextOf(cheer.QuerySelector(".cheer-message")));
            Assert.Equal("Jo", TextOf(cheer.QuerySelector(".cheer-from")));
        }

        // The cheer read the shared moment, so the patient's "who looked" list says so in words.
        var careTeam = await HtmlPage.GetOkAsync(patient.Client, "/CareTeam");
        Assert.Contains(careTeam.FindAll("table tbody tr").Select(TextOf), l => l.Contains("Jo (supporter)", StringComparison.Ordinal)
            && l.Contains("one of your shared wins, to cheer it", StringComparison.Ordinal));

        // Only the patient's "Mark as seen" (a POST) ends "new": loading pages changes nothing.
        var wins = await HtmlPage.GetOkAsync(patient.Client, "/Wins");
        var seen = await wins.SubmitAsync(patient.Client, $"{SittingCard} .cheer-seen-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, seen.Status);
        Assert.Equal("/Wins", seen.Response.Headers.Location!.OriginalString);
        var home = await HtmlPage.GetOkAsync(patient.Client, "/Home");
        var after = Assert.Single(home.FindAll($"{SittingCard} .moment-cheer"));
        Assert.Equal("false", after.GetAttribute("data-cheer-new"));
        Assert.Null(after.QuerySelector(".cheer-new"));
        Assert.Null(home.Find($"{SittingCard} .cheer-seen-form"));
    }

    [Theory]
    [InlineData(null, null, SendCheer.ChooseReaction)]
    [InlineData("Hooray", null, SendCheer.ChooseReaction)]
    [InlineData("1", null, SendCheer.ChooseReaction)]
    [InlineData("WellDone", "201", CheerRules.TooLong)]
    [InlineData("KeepGoing", "Well\u202Edone", CheerRules.HiddenCharacters)]
    [InlineData("ProudOfYou", "Line one\nline two", CheerRules.HiddenCharacters)]
    public async Task Bad_input_is_refused_with_a_message_and_nothing_is_stored(string? reaction, string? message, string problem)
    {
        var patient = await CheerSteps.PatientWithWinsAsync(factory);
        var supporter = await CheerSteps.SupporterAsync(factory, patient.Id);
        var text = message == "201" ? new string('a', 201) : message;

        var refused = await CheerSteps.CheerAsync(supporter.Client, patient.Id, CheerSteps.SittingMoment, CheerSteps.SittingSubject, reaction, text);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(problem, TextOf(refused.Find("#cheer-problem")));
        Assert.Equal(0, await CheerSteps.CountAsync(factory, patient.Id));
    }

    [Fact]
    public async Task A_message_of_200_characters_is_kept()
    {
        var patient = await CheerSteps.PatientWithWinsAsync(factory);
        var supporter = await CheerSteps.SupporterAsync(factory, patient.Id);

        var sent = await CheerSteps.CheerAsync(supporter.Client, patient.Id, CheerSteps.SittingMoment, CheerSteps.SittingSubject, "KeepGoing", new string('é', 200));

        Assert.True(sent.Status == HttpStatusCode.Redirect, string.Join("\n", factory.Logs.Events.Where(e => e.Exception is not null).Select(e => e.Exception!.ToString())));
        Assert.Equal(1, await CheerSteps.CountAsync(factory, patient.Id));
    }

    [Theory]
    [InlineData("2026-11-23", "pain")] // pain is not ticked for this supporter
    [InlineData("2026-11-20", "sitting_minutes")] // no win on that date for that subject
    [InlineData("2026-11-24", "posture")] // not a subject anyone can share
    [InlineData("not-a-date", "sitting_minutes")]
    public async Task A_moment_that_is_not_shared_answers_404_and_stores_nothing(string date, string subject)
    {
        var patient = await CheerSteps.PatientWithWinsAsync(factory);
        var supporter = await CheerSteps.SupporterAsync(factory, patient.Id);

        var refused = await CheerSteps.CheerAsync(supporter.Client, patient.Id, date, subject, "WellDone");

        Assert.Equal(HttpStatusCode.NotFound, refused.Status);
        Assert.Equal(0, await CheerSteps.CountAsync(factory, patient.Id));
    }

    [Fact]
    public async Task A_pain_moment_can_be_cheered_when_pain_is_ticked()
    {
        var patient = await CheerSteps.PatientWithWinsAsync(factory);
        var supporter = await CheerSteps.SupporterAsync(factory, patient.Id, subjects: CheerSteps.DefaultSubjects + " pain");

        var sent = await CheerSteps.CheerAsync(supporter.Client, patient.Id, "2026-11-23", "pain", "ProudOfYou");

        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
    }

    [Fact]
    public async Task A_revoked_or_unlinked_supporter_gets_404_and_a_revoked_links_cheers_are_no_longer_shown()
    {
        var patient = await CheerSteps.PatientWithWinsAsync(factory);
        var supporter = await CheerSteps.SupporterAsync(factory, patient.Id);
        var other = await CheerSteps.PatientWithWinsAsync(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await CheerSteps.CheerAsync(supporter.Client, patient.Id, CheerSteps.SittingMoment, CheerSteps.SittingSubject, "WellDone")).Status);

        Assert.Equal(HttpStatusCode.NotFound, (await CheerSteps.CheerAsync(supporter.Client, other.Id, CheerSteps.SittingMoment, CheerSteps.SittingSubject, "WellDone")).Status);
        await CheerSteps.RevokeAsync(factory, supporter.LinkId);
        Assert.Equal(HttpStatusCode.NotFound, (await CheerSteps.CheerAsync(supporter.Client, patient.Id, CheerSteps.SittingMoment, CheerSteps.SittingSubject, "WellDone")).Status);

        Assert.Equal(1, await CheerSteps.CountAsync(factory, patient.Id));
        var wins = await HtmlPage.GetOkAsync(patient.Client, "/Wins");
        Assert.Empty(wins.FindAll(".moment-cheer"));
    }

    [Fact]
    public async Task The_patient_hides_one_cheer_for_good_and_mutes_a_supporter_whose_cheers_then_are_not_shown()
    {
        var patient = await CheerSteps.PatientWithWinsAsync(factory);
        var jo = await CheerSteps.SupporterAsync(factory, patient.Id, name: "Jo");
        var sam = await CheerSteps.SupporterAsync(factory, patient.Id, name: "Sam");
        await CheerSteps.CheerAsync(jo.Client, patient.Id, CheerSteps.SittingMoment, CheerSteps.SittingSubject, "WellDone", "first");
        await CheerSteps.CheerAsync(jo.Client, patient.Id, CheerSteps.SittingMoment, CheerSteps.SittingSubject, "KeepGoing", "second");
        await CheerSteps.CheerAsync(sam.Client, patient.Id, CheerSteps.SittingMoment, CheerSteps.SittingSubject, "ProudOfYou", "from Sam");

        var home = await HtmlPage.GetOkAsync(patient.Client, "/Home");
        Assert.Equal(3, home.FindAll($"{SittingCard} .moment-cheer").Count);
        var first = home.FindAll($"{SittingCard} .moment-cheer").First(c => TextOf(c).Contains("first", StringComparison.Ordinal));
        var hidden = await home.SubmitAsync(patient.Client, $"{SittingCard} .moment-cheer[data-cheer-id='{first.GetAttribute("data-cheer-id")}'] .cheer-hide-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, hidden.Status);
        Assert.Equal("/Home", hidden.Response.Headers.Location!.OriginalString);

        home = await HtmlPage.GetOkAsync(patient.Client, "/Home");
        Assert.Equal(["second", "from Sam"], home.FindAll($"{SittingCard} .cheer-message").Select(m => TextOf(m).Trim('“', '”')));

        var fromSam = home.FindAll($"{SittingCard} .moment-cheer").Single(c => TextOf(c).Contains("from Sam", StringComparison.Ordinal));
        var muted = await home.SubmitAsync(patient.Client, $"{SittingCard} .moment-cheer[data-cheer-id='{fromSam.GetAttribute("data-cheer-id")}'] .cheer-mute-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, muted.Status);

        var wins = await HtmlPage.GetOkAsync(patient.Client, "/Wins");
        var left = Assert.Single(wins.FindAll($"{SittingCard} .moment-cheer"));
        Assert.Equal("Jo", TextOf(left.QuerySelector(".cheer-from")));
        // A muted supporter's later cheers are stored but neither shown nor new.
        await CheerSteps.CheerAsync(sam.Client, patient.Id, CheerSteps.SittingMoment, CheerSteps.SittingSubject, "WellDone", "again");
        wins = await HtmlPage.GetOkAsync(patient.Client, "/Wins");
        Assert.Single(wins.FindAll($"{SittingCard} .moment-cheer"));

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await db.SupporterLinks.Where(l => l.Id == sam.LinkId).Select(l => l.CheersMuted).SingleAsync());
        Assert.Equal(1, await db.Cheers.CountAsync(c => c.PatientId == patient.Id && c.HiddenAt != null));
    }

    [Fact]
    public async Task A_patient_cannot_hide_or_mute_anothers_cheers()
    {
        var patient = await CheerSteps.PatientWithWinsAsync(factory);
        var supporter = await CheerSteps.SupporterAsync(factory, patient.Id);
        await CheerSteps.CheerAsync(supporter.Client, patient.Id, CheerSteps.SittingMoment, CheerSteps.SittingSubject, "WellDone");
        var home = await HtmlPage.GetOkAsync(patient.Client, "/Home");
        var stranger = await CheerSteps.PatientWithWinsAsync(factory);
        var strangerHome = await HtmlPage.GetOkAsync(stranger.Client, "/Home");
        var token = strangerHome.Find("#sign-out-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var cheerId = home.Find(".moment-cheer")!.GetAttribute("data-cheer-id")!;

        using var hide = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("cheerId", cheerId)]);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PostAsync("/Wins?handler=HideCheer", hide)).StatusCode);
        using var mute = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("linkId", supporter.LinkId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PostAsync("/Wins?handler=MuteCheers", mute)).StatusCode);

        home = await HtmlPage.GetOkAsync(patient.Client, "/Home");
        Assert.Single(home.FindAll(".moment-cheer"));
    }
}
