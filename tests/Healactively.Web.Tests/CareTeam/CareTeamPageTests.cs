using System.Net;
using System.Security.Claims;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Care;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.CareTeam;

/// <summary>
/// The patient's Care team page: who has access, revoking it (which ends access at the next request),
/// and who looked at the journal and when, in the patient's own zone.
/// </summary>
public sealed class CareTeamPageTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task A_new_patient_sees_empty_states()
    {
        var (patient, _) = await Accounts.RegisterPatientAsync(factory);
        var page = await HtmlPage.GetOkAsync(patient, "/CareTeam");

        Assert.Equal("No clinician can see your journal.", JournalDays.TextOf(page.Find("#no-members")));
        Assert.Equal("Nobody has looked at your journal yet.", JournalDays.TextOf(page.Find("#no-looks")));
        Assert.NotNull(page.Find("a.nav-link[href='/CareTeam']"));
    }

    [Fact]
    public async Task Revoking_ends_access_at_the_clinicians_next_request()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, name: "Kim");
        var patientId = Accounts.UserId(factory, email);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician, "Dr. Lee");
        await Accounts.LinkAsync(factory, patientId, clinician.UserId);
        var before = await HtmlPage.GetOkAsync(clinician.Client, "/Clinician");
        Assert.Equal("Kim", JournalDays.TextOf(Assert.Single(before.FindAll(".triage-name"))));

        var careTeam = await HtmlPage.GetOkAsync(patient, "/CareTeam");
        var revokeUrl = Assert.Single(careTeam.FindAll(".care-member a")).GetAttribute("href")!;
        var confirm = await HtmlPage.GetOkAsync(patient, revokeUrl);
        Assert.Equal("Stop sharing your journal with Dr. Lee?", JournalDays.TextOf(confirm.Find("h1")));
        var revoked = await confirm.SubmitAsync(patient, "#revoke-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, revoked.Status);
        var after = await HtmlPage.FollowAsync(patient, revoked);
        Assert.Contains("Dr. Lee can no longer see your journal.", after.Text, StringComparison.Ordinal);
        Assert.NotNull(after.Find("#no-members"));

        Assert.Equal(factory.Clock.GetUtcNow(), Assert.Single(CareTeamSteps.Links(factory, patientId)).RevokedAt);
        Assert.Equal(HttpStatusCode.NotFound, (await clinician.Client.GetAsync($"/Clinician/Patients/{patientId}")).StatusCode);
        Assert.NotNull((await HtmlPage.GetOkAsync(clinician.Client, "/Clinician")).Find("#no-patients"));

        // Revoking twice finds nothing to revoke.
        Assert.Equal(HttpStatusCode.NotFound, (await patient.GetAsync(revokeUrl)).StatusCode);
    }

    [Fact]
    public async Task Another_patient_cannot_see_or_revoke_my_link()
    {
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        var patientId = Accounts.UserId(factory, email);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await Accounts.LinkAsync(factory, patientId, clinician.UserId);
        var linkId = Assert.Single(CareTeamSteps.Links(factory, patientId)).Id;

        var (other, _) = await Accounts.RegisterPatientAsync(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/CareTeam/Revoke/{linkId}")).StatusCode);

        // A real form of the other patient's own, pointed at my link.
        var own = await HtmlPage.GetOkAsync(other, "/CareTeam");
        var token = own.Find("#create-code-form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/CareTeam/Revoke/{linkId}", content)).StatusCode);

        Assert.Null(Assert.Single(CareTeamSteps.Links(factory, patientId)).RevokedAt);
    }

    [Fact]
    public async Task The_patient_sees_who_looked_at_their_journal_and_when_in_their_zone()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, zone: "America/New_York");
        var patientId = Accounts.UserId(factory, email);
        var linked = await Accounts.SignInStaffAsync(factory, Roles.Clinician, "Dr. Adams");
        var former = await Accounts.SignInStaffAsync(factory, Roles.Clinician, "Dr. Baker");
        await Accounts.LinkAsync(factory, patientId, linked.UserId);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.AuditEvents.AddRange(
                new AuditEvent { AtUtc = new DateTime(2026, 11, 24, 15, 30, 0, DateTimeKind.Utc), ActorId = linked.UserId, PatientId = patientId, Action = "timeline", Outcome = AuditOutcome.Allowed },
                new AuditEvent { AtUtc = new DateTime(2026, 11, 25, 3, 5, 0, DateTimeKind.Utc), ActorId = former.UserId, PatientId = patientId, Action = "report-pdf", Outcome = AuditOutcome.Denied },
                new AuditEvent { AtUtc = new DateTime(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc), ActorId = linked.UserId, PatientId = "someone-else", Action = "entry", Outcome = AuditOutcome.Allowed });
            await db.SaveChangesAsync();
        }

        var page = await HtmlPage.GetOkAsync(patient, "/CareTeam");
        var rows = page.FindAll("#looks tbody tr").Select(JournalDays.TextOf).ToArray();

        Assert.Equal(
        [
            "Dr. Baker (a clinician who is no longer linked) your progress report (PDF) 24 Nov 2026, 22:05 refused",
            "Dr. Adams your win timeline 24 Nov 2026, 10:30 allowed",
        ], rows);
    }

    [Fact]
    public async Task A_look_through_the_real_audit_trail_is_listed()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var patientId = Accounts.UserId(factory, email);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician, "Dr. Chen");
        await Accounts.LinkAsync(factory, patientId, clinician.UserId);

        using (var scope = factory.Services.CreateScope())
        {
            // As the clinician page filter writes it, within the clinician's request.
            var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
            http.HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, clinician.UserId)], "Test")),
            };
            await scope.ServiceProvider.GetRequiredService<AuditTrail>().RecordAsync(patientId, "timeline", AuditOutcome.Allowed);
            http.HttpContext = null;
        }

        var page = await HtmlPage.GetOkAsync(patient, "/CareTeam");
        var row = JournalDays.TextOf(Assert.Single(page.FindAll("#looks tbody tr")));
        Assert.Equal("Dr. Chen your win timeline 25 Nov 2026, 12:00 allowed", row);
    }

    [Fact]
    public async Task The_look_list_is_paginated_newest_first()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var patientId = Accounts.UserId(factory, email);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician, "Dr. Diaz");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var i = 0; i < 25; i++)
            {
                db.AuditEvents.Add(new AuditEvent { AtUtc = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc).AddDays(i), ActorId = clinician.UserId, PatientId = patientId, Action = "entry", Outcome = AuditOutcome.Allowed });
            }

            await db.SaveChangesAsync();
        }

        var first = await HtmlPage.GetOkAsync(patient, "/CareTeam");
        Assert.Equal(20, first.FindAll("#looks tbody tr").Count);
        Assert.Contains("25 Nov 2026, 08:00", JournalDays.TextOf(first.FindAll("#looks tbody tr")[0]), StringComparison.Ordinal);

        var second = await HtmlPage.GetOkAsync(patient, "/CareTeam?page=2");
        var rows = second.FindAll("#looks tbody tr").Select(r => JournalDays.TextOf(r.QuerySelector(".look-when"))).ToArray();
        Assert.Equal(["5 Nov 2026, 08:00", "4 Nov 2026, 08:00", "3 Nov 2026, 08:00", "2 Nov 2026, 08:00", "1 Nov 2026, 08:00"], rows);
    }
}
