using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Admin;

/// <summary>Admins manage accounts, never read health data; the audit log is theirs to read and filter.</summary>
public sealed class AdminPrivacyTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task No_admin_page_shows_journal_text_wins_or_clinician_notes()
    {
        var marker = $"Marker{Guid.NewGuid():N}";
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var patientId = Accounts.UserId(factory, email);
        await JournalDays.SaveAsync(patient, JournalDays.Range("2026-11-11", "2026-11-23", ("Pain", "6"), ("SittingMinutes", "20")));
        await JournalDays.SaveAsync(patient,
            ("2026-11-24", [("Pain", "6"), ("SittingMinutes", "20"), ("EasierToday", $"journal {marker}"), ("Triggers", $"t{marker}")]),
            ("2026-11-25", [("Pain", "2"), ("SittingMinutes", "60"), ("Helped", $"h{marker}")]));
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await Accounts.LinkAsync(factory, patientId, clinician.UserId);
        await HtmlPage.GetOkAsync(clinician.Client, $"/Clinician/Patients/{patientId}");
        string winMessage;
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ClinicianNotes.Add(new ClinicianNote { PatientId = patientId, ClinicianId = clinician.UserId, Date = new DateOnly(2026, 11, 23), Text = $"note {marker}", CreatedAt = factory.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
            winMessage = db.Wins.First(w => w.PatientId == patientId).Message;
        }

        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        var start = new[]
        {
            "/Admin", $"/Admin?q={Uri.EscapeDataString(email)}", $"/Admin/Accounts/{patientId}", $"/Admin/Accounts/{patientId}/Delete",
            "/Admin/Audit", $"/Admin/Audit?patient={Uri.EscapeDataString(email)}", "/Admin/Invite",
        };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(start);
        while (queue.Count > 0 && seen.Count < 60)
        {
            var url = queue.Dequeue();
            if (!seen.Add(url))
            {
                continue;
            }

            var page = await HtmlPage.GetOkAsync(admin.Client, url);
            Assert.DoesNotContain(marker, page.Html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(winMessage, page.Html, StringComparison.Ordinal);
            foreach (var href in page.FindAll("a[href^='/Admin']").Select(a => a.GetAttribute("href")!))
            {
                if (!href.StartsWith("/Admin/Backup", StringComparison.Ordinal))
                {
                    queue.Enqueue(href);
                }
            }
        }

        Assert.Contains($"/Admin/Accounts/{patientId}/Change/role", seen);
        Assert.Contains($"/Admin/Accounts/{patientId}/Change/disable", seen);
    }

    [Fact]
    public async Task The_audit_log_filters_by_account_patient_action_and_date()
    {
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        var patientId = Accounts.UserId(factory, email);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await Accounts.LinkAsync(factory, patientId, clinician.UserId);
        await HtmlPage.GetOkAsync(clinician.Client, $"/Clinician/Patients/{patientId}");
        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await Accounts.SignInStaffAgainAsync(factory, admin.Client, admin.Email); // two days on, the session has ended
        await AdminSteps.ChangeAsync(admin.Client, patientId, "lock");

        var byPatient = await HtmlPage.GetOkAsync(admin.Client, $"/Admin/Audit?patient={Uri.EscapeDataString(email)}");
        var read = Assert.Single(byPatient.FindAll("tr.audit-row"));
        Assert.Equal(clinician.Email, read.QuerySelector(".audit-actor")!.TextContent);
        Assert.Equal("your win timeline", read.QuerySelector(".audit-action")!.TextContent);

        var byAccount = await HtmlPage.GetOkAsync(admin.Client, $"/Admin/Audit?user={Uri.EscapeDataString(email)}");
        var locked = Assert.Single(byAccount.FindAll("tr.audit-row"));
        Assert.Equal("locked an account", locked.QuerySelector(".audit-action")!.TextContent);
        Assert.Equal(admin.Email, locked.QuerySelector(".audit-actor")!.TextContent);
        Assert.Equal(email, locked.QuerySelector(".audit-target")!.TextContent);

        var today = factory.Clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var byActionAndDate = await HtmlPage.GetOkAsync(admin.Client, $"/Admin/Audit?action=timeline&from={today}&to={today}&user={Uri.EscapeDataString(clinician.Email)}");
        Assert.Empty(byActionAndDate.FindAll("tr.audit-row"));
        var earlier = factory.Clock.GetUtcNow().AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var inRange = await HtmlPage.GetOkAsync(admin.Client, $"/Admin/Audit?action=timeline&from={earlier}&to={earlier}&user={Uri.EscapeDataString(clinician.Email)}");
        Assert.Single(inRange.FindAll("tr.audit-row"));

        var badDate = await HtmlPage.GetAsync(admin.Client, "/Admin/Audit?from=not-a-date&to=2026-13-45");
        Assert.Equal(HttpStatusCode.OK, badDate.Status);
        Assert.Equal("Enter a date like 2026-11-25.", badDate.ValidationMessageFor("from"));
    }
}
