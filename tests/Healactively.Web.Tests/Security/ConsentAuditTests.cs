using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Features.Care;
using Healactively.Web.Tests.CareTeam;
using Healactively.Web.Tests.Infrastructure;
using Healactively.Web.Tests.Supporters;
using static Healactively.Web.Tests.Infrastructure.JournalDays;

namespace Healactively.Web.Tests.Security;

/// <summary>
/// Issue 16, part 8: consent is audited (a share code created and used, a care link revoked, a supporter invited and
/// linked), and the admin audit log shows every action in the same plain words as the patient's "who looked" list,
/// filtered by those words.
/// </summary>
public sealed class ConsentAuditTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task Share_codes_links_and_supporters_leave_audit_rows_that_read_in_plain_words()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, name: "Consent");
        var patientId = Accounts.UserId(factory, email);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician, "Dr. Audit");

        var code = await CareTeamSteps.CreateCodeAsync(patient);
        Assert.Equal(HttpStatusCode.Redirect, (await CareTeamSteps.RedeemAsync(clinician.Client, code)).Status);
        var careTeam = await HtmlPage.GetOkAsync(patient, "/CareTeam");
        var confirm = await HtmlPage.GetOkAsync(patient, Assert.Single(careTeam.FindAll(".care-member a")).GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.Redirect, (await confirm.SubmitAsync(patient, "#revoke-form", new Dictionary<string, string?>())).Status);
        var supporterEmail = Accounts.NewEmail("supporter");
        Assert.Equal(HttpStatusCode.Redirect, (await SupporterSteps.InviteAsync(patient, supporterEmail, name: "Sam")).Status);
        await SupporterSteps.AcceptAsNewAsync(factory, SupporterSteps.LinkFromPickup(factory, supporterEmail));

        var rows = SupporterSteps.AuditRows(factory, patientId);
        string ActorOf(string action) => Assert.Single(rows, r => r.Action == action).ActorId;
        Assert.Equal(patientId, ActorOf(AuditActions.ShareCodeCreated));
        Assert.Equal(clinician.UserId, ActorOf(AuditActions.ShareCodeUsed));
        Assert.Equal(patientId, ActorOf(AuditActions.LinkRevoked));
        Assert.Equal(patientId, ActorOf(AuditActions.SupporterInvited));
        Assert.NotEqual(patientId, ActorOf(AuditActions.SupporterLinked));
        Assert.All(rows, r => Assert.NotNull(r.RemoteAddress));

        // The patient reads them on Care team in the same words as the admin log below.
        var looks = (await HtmlPage.GetOkAsync(patient, "/CareTeam")).Text;
        Assert.Contains("used a share code and was linked", looks, StringComparison.Ordinal);
        Assert.Contains("ended a clinician's access", looks, StringComparison.Ordinal);

        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin, "Admin");
        var log = await HtmlPage.GetOkAsync(admin.Client, $"/Admin/Audit?patient={Uri.EscapeDataString(patientId)}");
        var actions = log.FindAll("#audit .audit-action").Select(TextOf).ToList();
        Assert.Contains("created a share code", actions);
        Assert.Contains("used a share code and was linked", actions);
        Assert.Contains("ended a clinician's access", actions);
        Assert.Contains("invited a supporter", actions);
        Assert.Contains("accepted an invitation to support", actions);
        Assert.DoesNotContain(AuditActions.ShareCodeUsed, actions);

        // The filter lists plain words (upcoming actions included) and keeps only the chosen one.
        var options = log.FindAll("#action option").ToDictionary(o => o.GetAttribute("value")!, TextOf);
        Assert.Equal("proposed an activity to rate", options[AuditActions.PsfsProposed]);
        Assert.Equal("proposed a goal", options[AuditActions.GoalProposed]);
        Assert.Equal("your progress report (PDF)", options["report-pdf"]);
        Assert.Equal("accepted an invitation and set a password", options["account.invitation-accepted"]);
        var filtered = await HtmlPage.GetOkAsync(admin.Client, $"/Admin/Audit?patient={Uri.EscapeDataString(patientId)}&action={AuditActions.LinkRevoked}");
        Assert.Equal(["ended a clinician's access"], filtered.FindAll("#audit .audit-action").Select(TextOf));
        Assert.Equal("selected", filtered.Find($"#action option[value='{AuditActions.LinkRevoked}']")!.GetAttribute("selected"));
    }

    [Fact]
    public async Task The_triage_read_shows_in_the_admin_log_with_how_many_patients_it_showed()
    {
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician, "Dr. Count");
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        await Accounts.LinkAsync(factory, Accounts.UserId(factory, email), clinician.UserId);
        await HtmlPage.GetOkAsync(clinician.Client, "/Clinician");

        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin, "Admin");
        var log = await HtmlPage.GetOkAsync(admin.Client, $"/Admin/Audit?user={Uri.EscapeDataString(clinician.Email)}&action={AuditActions.Triage}");

        Assert.Equal(["read the list of their patients (1 shown)"], log.FindAll("#audit .audit-action").Select(TextOf));
    }
}
