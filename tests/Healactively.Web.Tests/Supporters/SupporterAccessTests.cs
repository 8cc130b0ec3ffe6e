using System.IO.Compression;
using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Care;
using Healactively.Web.Tests.Admin;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Supporters;

/// <summary>
/// Supporters reach a patient only through the one patient-page guard: the same 404 for unlinked, revoked and unknown,
/// one audit row per read, shown to the patient; and they never see the patient's words or a clinician's.
/// (The supporter digest email of the cheers branch should run the same marker scan over its message.)
/// </summary>
public sealed class SupporterAccessTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task Unlinked_revoked_and_unknown_get_the_same_404_and_every_read_is_audited_and_shown_to_the_patient()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, name: "Maya");
        var patientId = Accounts.UserId(factory, email);
        await SupporterSteps.JournalWithWinsAsync(patient, "plain");
        var (supporter, linkId) = await SupporterSteps.SignInLinkedSupporterAsync(factory, patientId);
        var (unlinked, _) = await SupporterSteps.SignInLinkedSupporterAsync(factory, patientId: null);

        var shared = await HtmlPage.GetOkAsync(supporter, $"/Supporting/{patientId}");
        Assert.NotEmpty(shared.FindAll("[data-moment-subject]"));
        Assert.NotNull(shared.Find("#shared-week"));
        var read = Assert.Single(SupporterSteps.AuditRows(factory, patientId), a => a.Action == CareTeamQuery.SharedWinsAction);
        Assert.Equal(AuditOutcome.Allowed, read.Outcome);

        // The same status and the same visible page (the markup differs only by per-response nonces).
        var unknown = await HtmlPage.GetAsync(unlinked, $"/Supporting/{Guid.NewGuid()}");
        var notLinked = await HtmlPage.GetAsync(unlinked, $"/Supporting/{patientId}");
        var tooLong = await HtmlPage.GetAsync(unlinked, $"/Supporting/{new string('x', 300)}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.NotFound, notLinked.Status);
        Assert.Equal(HttpStatusCode.NotFound, tooLong.Status);
        Assert.Equal(Visible(unknown), Visible(notLinked));

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.SupporterLinks.Where(l => l.Id == linkId).ExecuteUpdateAsync(s => s.SetProperty(l => l.RevokedAt, factory.Clock.GetUtcNow()));
        }

        var revoked = await HtmlPage.GetAsync(supporter, $"/Supporting/{patientId}");
        Assert.Equal(HttpStatusCode.NotFound, revoked.Status);
        Assert.Equal(Visible(unknown), Visible(revoked));
        var rows = SupporterSteps.AuditRows(factory, patientId).Where(a => a.Action == CareTeamQuery.SharedWinsAction).ToList();
        Assert.Equal([AuditOutcome.Allowed, AuditOutcome.Denied, AuditOutcome.Denied], rows.Select(r => r.Outcome));

        var careTeam = await HtmlPage.GetOkAsync(patient, "/CareTeam");
        var looks = careTeam.FindAll("#looks tbody tr, table tbody tr").Select(JournalDays.TextOf).ToList();
        Assert.Contains(looks, l => l.Contains("Sam (a supporter who no longer has access)", StringComparison.Ordinal)
            && l.Contains("your shared wins", StringComparison.Ordinal) && l.Contains("allowed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_free_text_clinician_note_or_who_looked_entry_reaches_any_supporter_page_and_moments_never_say_you()
    {
        const string marker = "QQFREETEXT";
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, name: "Maya");
        var patientId = Accounts.UserId(factory, email);
        await AppWide.Steps.CustomMetricAsync(patient, "stairs", "flights");
        await SupporterSteps.JournalWithWinsAsync(patient, marker);
        await JournalDays.SaveAsync(patient, ("2026-11-23", [("Pain", "5"), ("SittingMinutes", "30"), ("Walking", "1"), ("FlareStarted", "true"), ("EasierToday", $"flare {marker}")]));
        await SupporterTests.PlantClinicianNoteAsync(factory, patientId);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.ClinicianNotes.Where(n => n.PatientId == patientId).ExecuteUpdateAsync(s => s.SetProperty(n => n.Text, $"note {marker}"));
        }

        var customKey = await CustomKeyAsync(patientId);
        var (supporter, _) = await SupporterSteps.SignInLinkedSupporterAsync(factory, patientId, $"sitting walking functional streak flare pain {customKey}");
        foreach (var url in new[] { "/Supporting", $"/Supporting/{patientId}", $"/Supporting/{patientId}?page=2", $"/Supporting/{patientId}?page=-5", $"/Supporting/{patientId}?page=abc" })
        {
            var page = await HtmlPage.GetAsync(supporter, url);
            Assert.True(page.Status == HttpStatusCode.OK, $"{url} answered {(int)page.Status}");
            Assert.DoesNotContain(marker, page.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("clinician-note", page.Html, StringComparison.Ordinal);
            Assert.DoesNotContain(ActorOfLooks(), page.Html, StringComparison.Ordinal);
            Assert.All(SupporterSteps.MomentTexts(page), text => Assert.DoesNotMatch(SupporterSteps.SecondPerson(), text));
        }

        // Cheers branch: extend here for the supporter digest email (run the same marker, note and "you" checks over
        // the message the digest job sends to this supporter through the SMTP test server).
        var all = await HtmlPage.GetOkAsync(supporter, $"/Supporting/{patientId}");
        Assert.Contains("pain", all.FindAll("[data-moment-subject]").Select(e => e.GetAttribute("data-moment-subject")));
        Assert.Equal(
            all.FindAll("[data-moment-subject]").Select(e => e.GetAttribute("data-moment-date") + e.GetAttribute("data-moment-subject")).Order(StringComparer.Ordinal),
            (await HtmlPage.GetOkAsync(patient, "/Wins")).FindAll("[data-moment-subject]").Select(e => e.GetAttribute("data-moment-date") + e.GetAttribute("data-moment-subject")).Order(StringComparer.Ordinal));

        static string ActorOfLooks() => "look-who";
    }

    [Fact]
    public async Task A_supporter_downloads_their_own_data_and_an_admins_delete_leaves_no_trace_of_them()
    {
        var marker = $"Sup{Guid.NewGuid():N}"[..20];
        var (patient, patientEmail) = await Accounts.RegisterPatientAsync(factory, name: "Maya");
        var patientId = Accounts.UserId(factory, patientEmail);
        var (supporter, linkId) = await SupporterSteps.SignInLinkedSupporterAsync(factory, patientId);
        var supporterId = await SupporterIdAsync(linkId);
        var supporterEmail = AdminSteps.Find(factory, supporterId)!.Email!;
        await SupporterSteps.InviteAsync(patient, supporterEmail, marker);
        await HtmlPage.GetOkAsync(supporter, $"/Supporting/{patientId}");
        await SupporterSteps.PlantCheerAsync(factory, linkId, $"cheer {marker}");

        var personal = await HtmlPage.GetOkAsync(supporter, "/Identity/Account/Manage/PersonalData");
        var download = await personal.SubmitAsync(supporter, "form[action$='DownloadPersonalData']", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.OK, download.Status);
        using (var zip = new ZipArchive(new MemoryStream(await download.Response.Content.ReadAsByteArrayAsync())))
        {
            Assert.Equal(["README.txt", "cheers.csv", "profile.json", "supporting.csv"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
            using var reader = new StreamReader(zip.GetEntry("cheers.csv")!.Open());
            Assert.Contains($"cheer {marker}", await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }

        Assert.NotEmpty(await DatabaseSnapshot.FindAsync(factory, supporterId, supporterEmail, marker));
        var (admin, _, _) = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        var deleted = await AdminSteps.DeleteAsync(admin, supporterId, supporterEmail);
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Empty(await DatabaseSnapshot.FindAsync(factory, supporterId, supporterEmail, marker));
        Assert.NotNull(await HtmlPage.GetOkAsync(patient, "/Supporters"));
        Assert.NotNull((await HtmlPage.GetOkAsync(patient, "/Supporters")).Find("#no-supporters"));
    }

    [Fact]
    public async Task A_supporter_deletes_their_own_account_with_password_and_typed_email_and_no_trace_is_left()
    {
        var marker = $"Own{Guid.NewGuid():N}"[..20];
        var (_, patientEmail) = await Accounts.RegisterPatientAsync(factory, name: "Maya");
        var patientId = Accounts.UserId(factory, patientEmail);
        var (supporter, linkId) = await SupporterSteps.SignInLinkedSupporterAsync(factory, patientId);
        var supporterId = await SupporterIdAsync(linkId);
        var supporterEmail = AdminSteps.Find(factory, supporterId)!.Email!;
        await SupporterSteps.PlantCheerAsync(factory, linkId, $"cheer {marker}");

        var page = await HtmlPage.GetOkAsync(supporter, "/Identity/Account/Manage/DeletePersonalData");
        var wrong = await page.SubmitAsync(supporter, "#delete-account-form", new Dictionary<string, string?>
        {
            ["Input.Password"] = "not my password at all",
            ["Input.ConfirmEmail"] = supporterEmail,
        });
        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Equal("That is not your password.", wrong.ValidationMessageFor("Input.Password"));
        Assert.NotNull(AdminSteps.Find(factory, supporterId));

        var deleted = await wrong.SubmitAsync(supporter, "#delete-account-form", new Dictionary<string, string?>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmEmail"] = supporterEmail,
        });
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Empty(await DatabaseSnapshot.FindAsync(factory, supporterId, supporterEmail, marker));
    }

    /// <summary>What the person reads, without the per-request reference of the error page.</summary>
    private static string Visible(HtmlPage page) => System.Text.RegularExpressions.Regex.Replace(page.Text, @"Reference: \S+", "Reference:");

    private async Task<string> CustomKeyAsync(string patientId)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().CustomMetrics.Where(m => m.PatientId == patientId).Select(m => m.Key).SingleAsync();
    }

    private async Task<string> SupporterIdAsync(long linkId)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().SupporterLinks.Where(l => l.Id == linkId).Select(l => l.SupporterId).SingleAsync();
    }
}
