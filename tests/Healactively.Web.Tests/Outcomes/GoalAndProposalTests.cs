using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.CareTeam;
using Healactively.Web.Tests.Infrastructure;
using Healactively.Web.Tests.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Outcomes;

/// <summary>Goals reached become wins and show on Home; a linked clinician's proposals wait for the patient's answer.</summary>
public sealed class GoalAndProposalTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private static Dictionary<string, string?> Goal(string title, string metric, string target) => new()
    {
        ["Title"] = title,
        ["Metric"] = metric,
        ["Target"] = target,
        ["TargetDate"] = string.Empty,
    };

    [Fact]
    public async Task A_goal_shows_its_progress_on_home_and_once_reached_is_a_win_on_wins_home_and_the_csv()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-20", JournalForms.Values(("SittingMinutes", "40")));
        await JournalForms.SaveAsync(client, "2026-11-22", JournalForms.Values(("SittingMinutes", "50")));
        var goals = await HtmlPage.GetOkAsync(client, "/Goals");
        OutcomeSteps.AssertRedirect(await goals.SubmitAsync(client, "#set-goal-form", Goal("Sit through a film", "sitting_minutes", "120")));

        await JournalForms.SaveAsync(client, "2026-11-24", JournalForms.Values(("SittingMinutes", "90")));
        var home = await HtmlPage.GetOkAsync(client, "/Home");
        Assert.Contains("Sit through a film: 60 % of the way from 45 to 120 min", Collapse(home.Find("#home-goals")!.TextContent), StringComparison.Ordinal);

        await JournalForms.SaveAsync(client, "2026-11-25", JournalForms.Values(("SittingMinutes", "120")));
        home = await HtmlPage.GetOkAsync(client, "/Home");
        Assert.Contains("Reached: Sit through a film", Collapse(home.Find("#home-goals")!.TextContent), StringComparison.Ordinal);
        Assert.Contains("Goal reached: Sit through a film (120, your target was 120).", Collapse(home.Find("#week-wins")!.TextContent), StringComparison.Ordinal);
        Assert.Contains("Goal reached: Sit through a film", (await HtmlPage.GetOkAsync(client, "/Wins")).Text, StringComparison.Ordinal);
        var (_, csv) = await JournalCsvClient.DownloadAsync(client, "/Wins/Export");
        Assert.Contains("2026-11-25,goal_reached,sitting_minutes,,45,120,75,,", csv, StringComparison.Ordinal);

        // Sitting less the next day does not undo it.
        Assert.Contains("Reached", (await HtmlPage.GetOkAsync(client, "/Goals")).Find("#reached-goals")!.TextContent, StringComparison.Ordinal);
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task A_bad_goal_is_explained_and_nothing_is_saved()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var goals = await HtmlPage.GetOkAsync(client, "/Goals");
        foreach (var bad in new[] { Goal("", "pain", "2"), Goal(new string('x', 81), "pain", "2"), Goal("Less pain", "pain", "11"), Goal("Less pain", "pain", "two"), Goal("Less pain", "nope", "2") })
        {
            var page = await goals.SubmitAsync(client, "#set-goal-form", bad);
            Assert.Equal(HttpStatusCode.OK, page.Status);
        }

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var patientId = Accounts.UserId(factory, email);
        Assert.Equal(0, await db.Goals.CountAsync(g => g.PatientId == patientId));
    }

    [Fact]
    public async Task A_linked_clinician_proposes_an_activity_and_a_goal_and_the_patient_accepts_and_rates_it()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var patientId = Accounts.UserId(factory, email);
        var (clinician, _, clinicianId) = await Accounts.SignInStaffAsync(factory, Roles.Clinician, "Dr. Okafor");
        await Accounts.LinkAsync(factory, patientId, clinicianId);

        var timeline = await HtmlPage.GetOkAsync(clinician, $"/Clinician/Patients/{patientId}");
        var propose = await HtmlPage.GetOkAsync(clinician, timeline.Find("#propose-link")!.GetAttribute("href")!);
        OutcomeSteps.AssertRedirect(await propose.SubmitAsync(clinician, "#propose-activity-form", new Dictionary<string, string?> { ["ActivityName"] = "Bend to load the dishwasher" }));
        OutcomeSteps.AssertRedirect(await propose.SubmitAsync(clinician, "#propose-goal-form", new Dictionary<string, string?> { ["GoalTitle"] = "Walk to the park", ["GoalMetric"] = "walking_meters", ["GoalTarget"] = "1500" }));

        var checkIn = await HtmlPage.GetOkAsync(patient, "/CheckIn");
        Assert.Contains("Bend to load the dishwasher", checkIn.Find("#activity-proposals")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dr. Okafor", checkIn.Find("#activity-proposals")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(checkIn.FindAll("#check-in-form fieldset[id^=rating-]"));
        OutcomeSteps.AssertRedirect(await checkIn.SubmitAsync(patient, "#activity-proposals li form", new Dictionary<string, string?>()));

        var activity = Assert.Single(await OutcomeSteps.ActivitiesAsync(factory, patientId));
        Assert.NotNull(activity.AcceptedAt);
        OutcomeSteps.AssertRedirect(await OutcomeSteps.CheckInAsync(patient, "2026-11-25", OutcomeSteps.Answers(activity.Id, "4", "5")));
        Assert.Equal(4, Assert.Single(Assert.Single(await OutcomeSteps.CheckInsAsync(factory, patientId)).Ratings).Rating);

        var goals = await HtmlPage.GetOkAsync(patient, "/Goals");
        Assert.Contains("Walk to the park", goals.Find("#goal-proposals")!.TextContent, StringComparison.Ordinal);
        OutcomeSteps.AssertRedirect(await goals.SubmitAsync(patient, "#goal-proposals li form:nth-of-type(2)", new Dictionary<string, string?>()));
        goals = await HtmlPage.GetOkAsync(patient, "/Goals");
        Assert.Null(goals.Find("#goal-proposals"));
        Assert.Null(goals.Find("#current-goals [data-goal-id]"));

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var actions = await db.AuditEvents.Where(a => a.PatientId == patientId && a.ActorId == clinicianId).Select(a => a.Action).ToListAsync();
        Assert.Contains("psfs-proposed", actions);
        Assert.Contains("goal-proposed", actions);
        Assert.NotNull((await db.Goals.SingleAsync(g => g.PatientId == patientId)).DeclinedAt);
    }

    [Fact]
    public async Task Another_patient_and_an_unlinked_clinician_cannot_open_or_post_the_proposal_page()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var patientId = Accounts.UserId(factory, email);
        var (clinician, _, clinicianId) = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await Accounts.LinkAsync(factory, patientId, clinicianId);
        var form = await HtmlPage.GetOkAsync(clinician, $"/Clinician/Patients/{patientId}/Propose");
        var (unlinked, _, _) = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var (otherPatient, _) = await Accounts.RegisterPatientAsync(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await unlinked.GetAsync($"/Clinician/Patients/{patientId}/Propose")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherPatient.GetAsync($"/Clinician/Patients/{patientId}/Propose")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync($"/Clinician/Patients/{patientId}/Propose")).StatusCode);
        var unlinkedForm = await HtmlPage.GetAsync(unlinked, "/Clinician");
        var token = unlinkedForm.Find("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        if (token is not null)
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["ActivityName"] = "Sneaky" });
            Assert.Equal(HttpStatusCode.NotFound, (await unlinked.PostAsync($"/Clinician/Patients/{patientId}/Propose?handler=Activity", content)).StatusCode);
        }

        Assert.Empty(await OutcomeSteps.ActivitiesAsync(factory, patientId));
        _ = form;
    }
}
