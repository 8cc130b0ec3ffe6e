using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Healactively.Web.Features.Care;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Security;

/// <summary>
/// Reading the clinician's triage list and taking a backup leave an audit row each: who, when, what, and for the list
/// how many patients it showed; never which patients or anything about them (issue 15, item 6).
/// </summary>
public sealed class AuditGapTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task Each_read_of_the_triage_list_writes_one_audit_row_with_who_when_and_how_many_patients()
    {
        var (clinician, _, clinicianId) = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var (_, email) = await Accounts.RegisterPatientAsync(factory);
            await Accounts.LinkAsync(factory, Accounts.UserId(factory, email), clinicianId);
        }

        var before = factory.Clock.GetUtcNow().UtcDateTime;
        await HtmlPage.GetOkAsync(clinician, "/Clinician");
        await HtmlPage.GetOkAsync(clinician, "/Clinician?sort=name&dir=asc");

        var rows = await RowsByAsync(clinicianId);
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Equal(AuditActions.Triage, row.Action);
            Assert.Equal(2, row.ItemCount);
            Assert.Equal(string.Empty, row.PatientId);
            Assert.Null(row.TargetUserId);
            Assert.Equal(AuditOutcome.Allowed, row.Outcome);
            Assert.Equal(before, row.AtUtc);
            Assert.NotNull(row.RemoteAddress);
        });
    }

#if !POSTGRES_TESTS
    // SQLite only: the app takes backups of SQLite only; PostgreSQL uses pg_dump.
    [Fact]
    public async Task A_backup_from_the_admin_page_writes_one_audit_row_with_who_and_when()
    {
        var (admin, _, adminId) = await Accounts.SignInStaffAsync(factory, Roles.Admin, "Ops");
        var page = await HtmlPage.GetOkAsync(admin, "/Admin/Backup");

        var taken = await page.SubmitAsync(admin, "#backup-form", new Dictionary<string, string?> { ["Confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, taken.Status);
        var row = Assert.Single(await RowsByAsync(adminId), r => r.Action == AdminAudit.Backup);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, row.AtUtc);
        Assert.Equal(string.Empty, row.PatientId);
        Assert.Equal(string.Empty, row.TargetUserId);
        Assert.Equal(AuditOutcome.Allowed, row.Outcome);

        // The admin's audit page lists it, in plain words.
        var log = await HtmlPage.GetOkAsync(admin, $"/Admin/Audit?action={AdminAudit.Backup}");
        Assert.Contains(log.FindAll(".audit-action"), cell => cell.TextContent.Trim() == "took a backup" && cell.GetAttribute("data-action") == AdminAudit.Backup);
    }
#endif

    private async Task<List<AuditEvent>> RowsByAsync(string actorId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AuditEvents.AsNoTracking().Where(a => a.ActorId == actorId && a.PatientId == string.Empty).OrderBy(a => a.Id).ToListAsync();
    }
}
