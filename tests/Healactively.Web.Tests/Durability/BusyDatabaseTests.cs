using System.Globalization;
using System.Net;
using System.Text;
using Healactively.Web.Data;
using Healactively.Web.Features.Journal;
using Healactively.Web.Tests.Infrastructure;
using Healactively.Web.Tests.Journal;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Durability;

/// <summary>
/// One patient's work cannot lock everyone else out (issue 15, item 4): an import is bounded, a save that cannot get
/// the write queue in time is answered "try again" (503, Retry-After) with the typed form kept, and SQLite's own
/// "database is locked" is a 503 app-wide, never a 500. Nothing is half-saved.
/// </summary>
public sealed class BusyDatabaseTests
{
    [Fact]
    public async Task A_file_over_the_row_limit_is_refused_with_the_limit_and_nothing_changes()
    {
        using var factory = new HealactivelyFactory();
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-20", JournalForms.Values(("Pain", "4")));
        var before = await JournalCsvClient.SnapshotAsync(factory, email);

        var page = await HtmlPage.GetOkAsync(client, "/Journal/Import");
        Assert.Contains("2,000 days", page.Find("#import-limits")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("At most 2,000 days per file", page.Find("#import-row-limit")!.TextContent, StringComparison.Ordinal);

        var refused = await JournalCsvClient.ImportAsync(client, Days(JournalCsvReader.MaxRows + 1));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal([JournalCsvReader.TooManyRowsMessage], refused.GeneralProblems);
        Assert.Contains("more than 2,000 days", refused.GeneralProblems[0], StringComparison.Ordinal);
        Assert.Empty(refused.Lines);
        Assert.Equal(before, await JournalCsvClient.SnapshotAsync(factory, email));

        // Decades of days, as the tester sent, are refused just the same, without reading them all.
        var decades = await JournalCsvClient.ImportAsync(client, Days(45_000));
        Assert.Equal(HttpStatusCode.BadRequest, decades.Status);
        Assert.Equal([JournalCsvReader.TooManyRowsMessage], decades.GeneralProblems);
        Assert.Equal(before, await JournalCsvClient.SnapshotAsync(factory, email));
    }

#if !POSTGRES_TESTS
    // SQLite only: PostgreSQL has row locks and no writer queue.
    [Fact]
    public async Task A_save_that_cannot_get_the_write_queue_in_time_is_answered_503_with_retry_after_and_keeps_the_typed_form()
    {
        using var factory = new HealactivelyFactory { Settings = new Dictionary<string, string> { [SqliteWriteGate.TimeoutSetting] = "0.3" } };
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var form = await HtmlPage.GetOkAsync(client, "/Journal/Entry/2026-11-20");

        HtmlPage answer;
        var gate = factory.Services.GetRequiredService<SqliteWriteGate>();
        using (await gate.EnterAsync(CancellationToken.None))
        {
            // Another writer (a long import, say) holds the queue for longer than the timeout.
            answer = await form.SubmitAsync(client, "#entry-form", JournalForms.Values(("Pain", "3"), ("EasierToday", "typed before the wait")));
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
        Assert.True(answer.Response.Headers.RetryAfter is not null, "A busy answer says when to retry.");
        Assert.Contains("press Save again", answer.Text, StringComparison.Ordinal);
        Assert.Equal("3", answer.Find("input[name='Input.Pain'][checked]")?.GetAttribute("value"));
        Assert.Contains("typed before the wait", answer.Find("textarea[name='Input.EasierToday']")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await JournalCsvClient.SnapshotAsync(factory, email));

        // With the queue free again, the same form saves once.
        var retried = await answer.SubmitAsync(client, "#entry-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, retried.Status);
        var saved = Assert.Single(await JournalCsvClient.SnapshotAsync(factory, email));
        Assert.Equal(3, saved.Pain);
        Assert.Equal("typed before the wait", saved.EasierToday);
    }
#endif

#if !POSTGRES_TESTS
    // SQLite only: SQLite's file lock; PostgreSQL locks rows.
    [Fact]
    public async Task Sqlite_database_is_locked_is_answered_503_with_retry_after_not_500()
    {
        var folder = Path.Combine(Path.GetTempPath(), "healactively-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "busy.db");
        using var factory = new HealactivelyFactory
        {
            DatabasePath = path,
            // SQLite's busy wait cut to one second, so the test need not wait thirty.
            Settings = new Dictionary<string, string> { ["ConnectionStrings:Sqlite"] = $"Data Source={path};Default Timeout=1" },
        };
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        var metrics = await HtmlPage.GetOkAsync(client, "/Metrics");

        HtmlPage answer;
        // Another process (a backup tool, a second instance by mistake) holds SQLite's write lock.
        using (var other = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            other.Open();
            using (var begin = other.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE;";
                begin.ExecuteNonQuery();
            }

            answer = await metrics.SubmitAsync(client, "#add-metric-form", new Dictionary<string, string?>
            {
                ["Input.Name"] = "Posture angle",
                ["Input.Unit"] = "degrees",
                ["Input.Better"] = "higher",
                ["Input.MinStep"] = "3",
            });
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.Status);
        Assert.Equal(TimeSpan.FromSeconds(5), answer.Response.Headers.RetryAfter?.Delta);
        Assert.Equal("503", answer.Find("#error-page")!.GetAttribute("data-status"));
        Assert.Contains("try again", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Null((await HtmlPage.GetOkAsync(client, "/Metrics")).Find("tr[data-metric-key='posture_angle']"));
    }
#endif

    private static string Days(int count)
    {
        var text = new StringBuilder("date,pain\n");
        var first = new DateOnly(1900, 1, 1);
        for (var i = 0; i < count; i++)
        {
            text.Append(first.AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(",3\n");
        }

        return text.ToString();
    }
}
