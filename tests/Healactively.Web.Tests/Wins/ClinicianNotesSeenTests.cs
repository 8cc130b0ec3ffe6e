using System.Net;
using Healactively.Web.Tests.Clinician;
using Healactively.Web.Tests.Infrastructure;
using static Healactively.Web.Tests.Infrastructure.JournalDays;

namespace Healactively.Web.Tests.Wins;

/// <summary>
/// A clinician's note is "new" on the patient's home, and counted beside "Wins" in the navigation, until the patient
/// opens it (its Open button: a POST that shows the week it belongs to, with the note beside its moment). A week note
/// shows on Home during its own week and in the week summary.
/// </summary>
public sealed class ClinicianNotesSeenTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string ThisWeekForm = ".timeline-week[data-week='2026-11-23'] form.week-note-form";
    private const string LastWeekForm = ".timeline-week[data-week='2026-11-16'] form.week-note-form";

    private static async Task NoteAsync(TimelineJournal.Setup setup, string form, string text)
    {
        if (!form.Contains("form.week-note-form", StringComparison.Ordinal))
        {
            var winPage = await TimelineJournal.PageWithFormAsync(setup, form);
            Assert.Equal(HttpStatusCode.Redirect, (await winPage.SubmitAsync(setup.Clinician, form, new Dictionary<string, string?> { ["Text"] = text })).Status);
            return;
        }

        // A week's note form opens from its link on the timeline.
        var timeline = await HtmlPage.GetOkAsync(setup.Clinician, setup.Timeline);
        var link = timeline.Find(form.Replace("form.week-note-form", "a.week-note-link", StringComparison.Ordinal))!.GetAttribute("href")!;
        var page = await HtmlPage.GetOkAsync(setup.Clinician, link);
        var posted = await page.SubmitAsync(setup.Clinician, "form.week-note-form", new Dictionary<string, string?> { ["Text"] = text });
        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
    }

    private static string? NavCount(HtmlPage page) => page.Find("#nav-new-notes") is { } badge ? badge.ChildNodes[0].TextContent.Trim() : null;

    private static IReadOnlyList<(string Text, bool New)> HomeNotes(HtmlPage home) =>
        [.. home.FindAll("#care-notes .home-note").Select(n => (TextOf(n), n.GetAttribute("data-note-new") == "true"))];

    [Fact]
    public async Task A_new_note_is_marked_new_and_counted_until_opened_and_then_shows_beside_its_moment()
    {
        var setup = await TimelineJournal.CreateAsync(factory);
        await NoteAsync(setup, TimelineJournal.SittingWinNoteForm, "Great progress on sitting!");

        var home = await HtmlPage.GetOkAsync(setup.Patient, "/Home");
        Assert.Equal("1", NavCount(home));
        var note = Assert.Single(home.FindAll("#care-notes .home-note"));
        Assert.Equal("true", note.GetAttribute("data-note-new"));
        Assert.Equal("new", TextOf(note.QuerySelector(".note-new")));
        // Still new after other pages are viewed: only opening it counts.
        await HtmlPage.GetOkAsync(setup.Patient, "/Wins");
        await HtmlPage.GetOkAsync(setup.Patient, "/Wins/Week?week=2026-W47");
        home = await HtmlPage.GetOkAsync(setup.Patient, "/Home");
        Assert.Equal("1", NavCount(home));

        var opened = await home.SubmitAsync(setup.Patient, "#care-notes .home-note form", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        var week = await HtmlPage.FollowAsync(setup.Patient, opened);
        Assert.Equal("2026-W47", week.Find("#week-range")!.GetAttribute("data-week"));
        var beside = Assert.Single(week.FindAll(".moment-card[data-moment-date='2026-11-22'][data-moment-subject='sitting_minutes'] .clinician-note"));
        Assert.Equal("Dr. Osei: Great progress on sitting!", TextOf(beside));
        Assert.Equal("false", beside.GetAttribute("data-note-new"));
        Assert.Null(NavCount(week));

        home = await HtmlPage.GetOkAsync(setup.Patient, "/Home");
        Assert.Null(NavCount(home));
        Assert.Empty(home.FindAll("#care-notes .home-note[data-note-new='true']"));
    }

    [Fact]
    public async Task A_week_note_shows_on_home_during_its_week_and_in_the_week_summary_and_an_old_one_only_until_opened()
    {
        var setup = await TimelineJournal.CreateAsync(factory);
        await NoteAsync(setup, ThisWeekForm, "A steady week: keep journaling.");
        await NoteAsync(setup, LastWeekForm, "Last week went well.");

        var home = await HtmlPage.GetOkAsync(setup.Patient, "/Home");
        Assert.Equal("2", NavCount(home));
        Assert.Equal(2, home.FindAll("#care-notes .home-note[data-note-new='true']").Count);

        foreach (var form in home.FindAll("#care-notes .home-note form").Select(f => f.ParentElement!.GetAttribute("data-note-id")).ToArray())
        {
            var current = await HtmlPage.GetOkAsync(setup.Patient, "/Home");
            var opened = await current.SubmitAsync(setup.Patient, $"#care-notes .home-note[data-note-id='{form}'] form", new Dictionary<string, string?>());
            Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        }

        home = await HtmlPage.GetOkAsync(setup.Patient, "/Home");
        Assert.Null(NavCount(home));
        // This week's note stays on Home during its week; last week's, once opened, does not.
        var shown = Assert.Single(home.FindAll("#care-notes .home-note"));
        Assert.Equal(("week", "false"), (shown.GetAttribute("data-note-on"), shown.GetAttribute("data-note-new")));
        Assert.Contains("A steady week: keep journaling.", TextOf(shown), StringComparison.Ordinal);

        var thisWeek = await HtmlPage.GetOkAsync(setup.Patient, "/Wins/Week");
        Assert.Equal(["Dr. Osei on your week: A steady week: keep journaling."], thisWeek.FindAll(".week-note").Select(TextOf));
        var lastWeek = await HtmlPage.GetOkAsync(setup.Patient, "/Wins/Week?week=2026-W47");
        Assert.Equal(["Dr. Osei on your week: Last week went well."], lastWeek.FindAll(".week-note").Select(TextOf));
    }

    [Fact]
    public async Task A_patient_cannot_open_another_patients_note()
    {
        var setup = await TimelineJournal.CreateAsync(factory);
        await NoteAsync(setup, ThisWeekForm, "For Amara only.");
        var home = await HtmlPage.GetOkAsync(setup.Patient, "/Home");
        var noteId = home.Find("#care-notes .home-note")!.GetAttribute("data-note-id")!;
        var (other, _) = await Accounts.RegisterPatientAsync(factory);
        var theirs = await HtmlPage.GetOkAsync(other, "/Home");
        Assert.Null(theirs.Find("#care-notes"));
        Assert.Null(NavCount(theirs));

        var token = theirs.Find("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["NoteId"] = noteId, ["__RequestVerificationToken"] = token });
        var response = await other.PostAsync("/Wins/Week?handler=Open", form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("1", NavCount(await HtmlPage.GetOkAsync(setup.Patient, "/Home")));
    }
}
