using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Healactively.Web.Tests.Infrastructure.JournalDays;

namespace Healactively.Web.Tests.Clinician;

/// <summary>
/// A linked clinician's short note on a win or a week, posted from the timeline: the patient sees it beside
/// that win (or on that week) on their wins page; bad notes are explained and nothing is saved.
/// </summary>
public sealed class NotesTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string SittingWin = TimelineJournal.SittingWinNoteForm;
    private const string ThisWeek = TimelineJournal.ThisWeekNoteForm;

    [Fact]
    public async Task A_note_on_a_win_appears_beside_that_win_for_the_patient()
    {
        var setup = await TimelineJournal.CreateAsync(factory);
        var notePage = await TimelineJournal.PageWithFormAsync(setup, SittingWin);
        Assert.Equal("Improvement of Sunday 22 November 2026", TextOf(notePage.Find("#note-win")));

        var posted = await notePage.SubmitAsync(setup.Clinician, SittingWin, new Dictionary<string, string?> { ["Text"] = "  Great progress on sitting!  " });

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        var after = await HtmlPage.FollowAsync(setup.Clinician, posted);
        Assert.Equal("Your note on the win of Sunday 22 November 2026 was saved.", TextOf(after.Find("#status-message")));
        Assert.Equal(["Dr. Osei: Great progress on sitting!"], after.FindAll(".timeline-win[data-metric='sitting_minutes'] .clinician-note").Select(TextOf));

        var wins = await HtmlPage.GetOkAsync(setup.Patient, "/Wins");
        Assert.Equal(["Dr. Osei: Great progress on sitting!"], wins.FindAll(".win-day[data-date='2026-11-22'] .win-card .clinician-note").Select(TextOf));
        Assert.Single(wins.FindAll(".clinician-note"));

        // Also beside that win in "This week's wins" on the patient's home.
        var home = await HtmlPage.GetOkAsync(setup.Patient, "/Home");
        Assert.Equal(["Dr. Osei: Great progress on sitting!"], home.FindAll("#week-wins .win-card[data-date='2026-11-22'] .clinician-note").Select(TextOf));

        var note = Assert.Single(await NotesAsync(setup.PatientId));
        Assert.Equal((new DateOnly(2026, 11, 22), "Improvement", "sitting_minutes", "Week", "Great progress on sitting!", setup.ClinicianId), note);
    }

    [Fact]
    public async Task A_note_on_a_week_appears_above_that_weeks_wins_for_the_patient()
    {
        var setup = await TimelineJournal.CreateAsync(factory);
        var timeline = await TimelineJournal.PageWithFormAsync(setup, ThisWeek);

        var posted = await timeline.SubmitAsync(setup.Clinician, ThisWeek, new Dictionary<string, string?> { ["Text"] = "A steady week: keep journaling." });

        Assert.Equal(HttpStatusCode.Redirect, posted.Status);
        var after = await HtmlPage.FollowAsync(setup.Clinician, posted);
        Assert.Equal("Your note on the week of Monday 23 November 2026 was saved.", TextOf(after.Find("#status-message")));
        Assert.Equal(["Dr. Osei: A steady week: keep journaling."], after.FindAll(".timeline-week[data-week='2026-11-23'] .week-note").Select(TextOf));

        var wins = await HtmlPage.GetOkAsync(setup.Patient, "/Wins");
        Assert.Equal(["Note on this week from Dr. Osei: A steady week: keep journaling."], wins.FindAll(".win-day[data-date='2026-11-25'] .week-note").Select(TextOf));
        Assert.Single(wins.FindAll(".clinician-note"));

        var note = Assert.Single(await NotesAsync(setup.PatientId));
        Assert.Equal((new DateOnly(2026, 11, 23), "", "", "", "A steady week: keep journaling.", setup.ClinicianId), note);
    }

    public static TheoryData<string, string, string, string> BadNotes() => new()
    {
        { SittingWin, "Text", "   ", "Write a note before adding it." },
        { SittingWin, "Text", new string('a', 501), "Keep the note to 500 characters or fewer (this one has 501)." },
        { SittingWin, "Metric", "walking_meters", "That win was not found in the patient's journal. It may have changed since the page was loaded." },
        { SittingWin, "Date", "2026-11-21", "That win was not found in the patient's journal. It may have changed since the page was loaded." },
        { SittingWin, "Kind", "bogus", "That win was not found in the patient's journal. It may have changed since the page was loaded." },
        { SittingWin, "Window", "fortnight", "That win was not found in the patient's journal. It may have changed since the page was loaded." },
        { SittingWin, "Date", "2026-02-30", "That date is not one of the patient's days." },
        { ThisWeek, "Date", "2026-11-24", "A note on a week needs the Monday that starts it." },
        { ThisWeek, "Date", "2026-11-30", "That week has not started yet." },
        { ThisWeek, "Date", "", "That date is not one of the patient's days." },
    };

    [Theory]
    [MemberData(nameof(BadNotes))]
    public async Task A_bad_note_is_explained_and_nothing_is_saved(string form, string field, string value, string problem)
    {
        var setup = await TimelineJournal.CreateAsync(factory);
        var page = await TimelineJournal.PageWithFormAsync(setup, form);
        var values = new Dictionary<string, string?> { ["Text"] = "Well done." };
        values[field] = value;

        var posted = await page.SubmitAsync(setup.Clinician, form, values);

        Assert.Equal(HttpStatusCode.BadRequest, posted.Status);
        Assert.Equal(problem, TextOf(posted.Find("#note-problem")));
        Assert.Equal(setup.Timeline, posted.Find("#back-to-timeline")!.GetAttribute("href"));
        Assert.Empty(await NotesAsync(setup.PatientId));
    }

    [Fact]
    public async Task Getting_the_notes_address_returns_to_the_timeline()
    {
        var setup = await TimelineJournal.CreateAsync(factory);

        var page = await HtmlPage.GetAsync(setup.Clinician, setup.Timeline + "/Notes");

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(setup.Timeline, page.Response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unlinked_clinician_cannot_leave_a_note()
    {
        var setup = await TimelineJournal.CreateAsync(factory);
        var stranger = await Accounts.SignInStaffAsync(factory, Roles.Clinician, "Dr. Stranger");

        // A valid antiforgery token of the stranger's own, from a page they can open.
        var own = await HtmlPage.GetOkAsync(stranger.Client, "/Clinician/Link");
        var token = own.Find("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Date"] = "2026-11-22",
            ["Kind"] = "improvement",
            ["Metric"] = "sitting_minutes",
            ["Window"] = "week",
            ["Text"] = "Hello",
            ["__RequestVerificationToken"] = token,
        });
        var response = await stranger.Client.PostAsync(setup.Timeline + "/Notes", form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await NotesAsync(setup.PatientId));
        var wins = await HtmlPage.GetOkAsync(setup.Patient, "/Wins");
        Assert.Empty(wins.FindAll(".clinician-note"));
    }

    private async Task<List<(DateOnly, string, string, string, string, string)>> NotesAsync(string patientId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.ClinicianNotes.AsNoTracking().Where(n => n.PatientId == patientId).OrderBy(n => n.Id).ToListAsync();
        return [.. rows.Select(n => (n.Date, n.WinKind?.ToString() ?? "", n.WinMetric ?? "", n.WinWindow?.ToString() ?? "", n.Text, n.ClinicianId))];
    }
}
