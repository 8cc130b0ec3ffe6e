using System.Collections.Concurrent;
using System.Globalization;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Healactively.Web.Tests.Durability;

#if !POSTGRES_TESTS // the real server over a SQLite file; the PostgreSQL build has nothing to add here

/// <summary>
/// Nothing acknowledged is ever lost: 50 writers save journal days through the real pages of a real server
/// process, the process is killed with SIGKILL mid-load, and after a restart on the same file every
/// acknowledged save is there with its values and the file passes <c>PRAGMA integrity_check</c>.
/// </summary>
public sealed class DurabilityTests(ITestOutputHelper output) : IDisposable
{
    private const int Patients = 5;
    private const int Writers = 50;
    private const int AcknowledgedBeforeKill = 150;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "healactively-durability", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Every_acknowledged_save_survives_a_kill_during_fifty_concurrent_writers(int run)
    {
        Directory.CreateDirectory(_folder);
        var database = Path.Combine(_folder, "durability.db");
        var acknowledged = new ConcurrentBag<Acknowledged>();
        var failedAfterKill = 0;

        var server = await ServerProcess.StartAsync(database);
        var patients = new List<RemotePatient>();
        try
        {
            for (var i = 0; i < Patients; i++)
            {
                patients.Add(await RemotePatient.RegisterAsync(server.Address));
            }

            // Days well in the past, so "today" moving during the run changes nothing.
            var firstDay = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-3);
            using var enough = new CancellationTokenSource();
            var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
            {
                var patient = patients[writer % Patients];
                var slot = writer / Patients;
                for (var round = 0; !enough.IsCancellationRequested && round < 1000; round++)
                {
                    var daysBack = slot + (round * (Writers / Patients));
                    var saved = new Acknowledged(patient.Email, firstDay.AddDays(-daysBack), daysBack % 11, (daysBack % 900) + 1);
                    try
                    {
                        if (await patient.SaveAsync(saved.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), saved.FormValues()))
                        {
                            acknowledged.Add(saved);
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        // The server is gone: this writer stops, and its last save was not acknowledged.
                        Interlocked.Increment(ref failedAfterKill);
                        return;
                    }
                }
            })).ToArray();

            while (acknowledged.Count < AcknowledgedBeforeKill && !writers.All(w => w.IsCompleted))
            {
                await Task.Delay(20);
            }

            server.Kill();
            await Task.WhenAll(writers);
            enough.Cancel();
        }
        finally
        {
            server.Dispose();
        }

        output.WriteLine($"run {run}: {acknowledged.Count} saves acknowledged before SIGKILL; {failedAfterKill} writers cut off mid-request");
        Assert.True(acknowledged.Count >= AcknowledgedBeforeKill, $"Too few saves before the kill:\n{server.Output}");
        Assert.True(failedAfterKill > 0, "The kill did not land while writers were busy.");

        using (var restarted = await ServerProcess.StartAsync(database))
        {
            // The restarted server (on a new port) serves an acknowledged day to its patient: the sign-in cookie outlives the process.
            var sample = acknowledged.First(a => a.Email == patients[0].Email);
            var page = await HtmlPage.GetOkAsync(patients[0].Client, new Uri(restarted.Address, $"/Journal/Entry/{sample.Date:yyyy-MM-dd}").ToString());
            Assert.Equal("true", page.Find($"#entry-form input[name='Input.Pain'][value='{sample.Pain}']")?.HasAttribute("checked").ToString().ToLowerInvariant());

            var stored = StoredEntries(database);
            var missing = acknowledged.Where(a => !stored.TryGetValue((a.Email, a.Date), out var values) || values != (a.Pain, a.SittingMinutes)).ToList();
            output.WriteLine($"run {run}: {stored.Count} entries stored; {missing.Count} acknowledged saves missing or different");
            Assert.Empty(missing);
            Assert.Equal("ok", IntegrityCheck(database));
        }

        foreach (var patient in patients)
        {
            patient.Dispose();
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    private static Dictionary<(string Email, DateOnly Date), (int? Pain, int? SittingMinutes)> StoredEntries(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT u.Email, e.Date, e.Pain, e.SittingMinutes
            FROM JournalEntries e JOIN AspNetUsers u ON u.Id = e.PatientId
            """;
        using var reader = command.ExecuteReader();
        var stored = new Dictionary<(string, DateOnly), (int?, int?)>();
        while (reader.Read())
        {
            var date = DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            stored[(reader.GetString(0), date)] = (reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetInt32(3));
        }

        return stored;
    }

    internal static string IntegrityCheck(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)command.ExecuteScalar()!;
    }

    private sealed record Acknowledged(string Email, DateOnly Date, int Pain, int SittingMinutes)
    {
        public Dictionary<string, string?> FormValues() => JournalForms.Values(
            ("Pain", Pain.ToString(CultureInfo.InvariantCulture)),
            ("SittingMinutes", SittingMinutes.ToString(CultureInfo.InvariantCulture)));
    }
}
#endif
