using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Features.Backups;
using Healactively.Web.Features.Operator;
using Healactively.Web.Tests.Durability;
using Healactively.Web.Tests.Infrastructure;
using Healactively.Web.Tests.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Backups;

#if !POSTGRES_TESTS // VACUUM INTO is SQLite's; PostgresBackupTests covers what the PostgreSQL build shows instead.

/// <summary>Online backups with VACUUM INTO: from the admin page, from the CLI, and under load, restored and checked.</summary>
public sealed class BackupTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task An_admin_takes_a_backup_after_confirming_and_sees_its_name_and_size_in_the_list()
    {
        var (admin, _, _) = await Accounts.SignInStaffAsync(factory, Roles.Admin, "Ops");

        var page = await HtmlPage.GetOkAsync(admin, "/Admin/Backup");
        var unconfirmed = await page.SubmitAsync(admin, "#backup-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.Status);
        Assert.Contains("Tick the box", unconfirmed.ValidationMessageFor("Confirm"), StringComparison.Ordinal);

        var taken = await page.SubmitAsync(admin, "#backup-form", new Dictionary<string, string?> { ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, taken.Status);
        var shown = await HtmlPage.FollowAsync(admin, taken);
        var name = shown.Find("#backup-created-name")!.TextContent;
        Assert.Matches(@"^healactively-\d{8}-\d{6}(-\d+)?\.db$", name);
        Assert.NotNull(shown.Find($"#backup-list tr[data-backup='{name}']"));

        var file = Path.Combine(BackupFolder(), name);
        Assert.Equal(BackupSize.Format(new FileInfo(file).Length), shown.Find("#backup-created-size")!.TextContent);
        Assert.Equal("ok", DurabilityTests.IntegrityCheck(file));
    }

    [Fact]
    public async Task Patients_and_clinicians_cannot_open_the_backup_page()
    {
        var (patient, _) = await Accounts.RegisterPatientAsync(factory);
        var (clinician, _, _) = await Accounts.SignInStaffAsync(factory, Roles.Clinician);

        Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync("/Admin/Backup")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clinician.GetAsync("/Admin/Backup")).StatusCode);
    }

    [Fact]
    public async Task The_backup_command_writes_the_given_file_and_refuses_to_replace_it()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-25", JournalForms.Values(("Pain", "4")));
        var path = Path.Combine(BackupFolder(), $"cli-{Guid.NewGuid():N}.db");

        var (code, output, error) = await RunCliAsync("backup", path);
        Assert.Equal(OperatorExitCodes.Success, code);
        Assert.Contains(path, output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, error);
        Assert.Equal("ok", DurabilityTests.IntegrityCheck(path));

        var again = await RunCliAsync("backup", path);
        Assert.Equal(OperatorExitCodes.Failed, again.Code);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);

        Assert.Equal(OperatorExitCodes.Usage, (await RunCliAsync("backup", "a.db", "b.db")).Code);
        Assert.Equal(OperatorExitCodes.Success, (await RunCliAsync("backup", "--help")).Code);

        using var restored = new HealactivelyFactory { DatabasePath = path };
        Assert.Equal(4, Assert.Single(JournalTestData.Entries(restored, email)).Pain);
    }

    [Fact]
    public async Task A_backup_taken_while_writers_run_restores_with_every_save_acknowledged_before_it_started()
    {
        const int writers = 10;
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var acknowledged = new ConcurrentDictionary<DateOnly, int>();
        using var stop = new CancellationTokenSource();
        var today = new DateOnly(2026, 11, 25);

        var load = Enumerable.Range(0, writers).Select(writer => Task.Run(async () =>
        {
            for (var round = 0; !stop.IsCancellationRequested && round < 60; round++)
            {
                var date = today.AddDays(-(writer + (round * writers)));
                var pain = (writer + round) % 11;
                var answer = await JournalForms.SaveAsync(client, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), JournalForms.Values(("Pain", pain.ToString(CultureInfo.InvariantCulture))));
                if (answer.Status == HttpStatusCode.Redirect)
                {
                    acknowledged[date] = pain;
                }
            }
        })).ToArray();

        while (acknowledged.Count < 40)
        {
            await Task.Delay(10);
        }

        var beforeBackup = new Dictionary<DateOnly, int>(acknowledged);
        BackupFile backup;
        using (var scope = factory.Services.CreateScope())
        {
            backup = await scope.ServiceProvider.GetRequiredService<DatabaseBackup>().CreateAsync();
        }

        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.Equal("ok", DurabilityTests.IntegrityCheck(backup.FullPath));
        using var restored = new HealactivelyFactory { DatabasePath = backup.FullPath };
        var stored = JournalTestData.Entries(restored, email).ToDictionary(e => e.Date, e => e.Pain);
        Assert.All(beforeBackup, saved => Assert.Equal(saved.Value, stored.GetValueOrDefault(saved.Key)));

        // The restored file is a working database: the patient signs in and journals on it.
        var browser = restored.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(browser, email)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await JournalForms.SaveAsync(browser, "2026-11-25", JournalForms.Values(("Pain", "1")))).Status);
    }

    private string BackupFolder()
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DatabaseBackup>().Folder;
    }

    private async Task<(int Code, string Output, string Error)> RunCliAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await OperatorCli.RunAsync(factory.Services, args, TextReader.Null, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
#endif
