using System.Data.Common;
using System.Globalization;
using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Infrastructure;

/// <summary>
/// Every row of every table in the database (read from its catalog, so Identity's and any table outside the model
/// count too) as text, with plain SQL on either provider: to prove what is, or is not, stored anywhere.
/// </summary>
public static class DatabaseSnapshot
{
    /// <summary>Table name → its rows (each row's values joined), sorted so two snapshots compare equal when nothing changed.</summary>
    public static async Task<SortedDictionary<string, List<string>>> TakeAsync(HealactivelyFactory factory, params string[] exceptTables)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = (await TableNamesAsync(connection, db.Database.IsNpgsql())).Where(t => !exceptTables.Contains(t, StringComparer.Ordinal)).ToList();
        Assert.Contains("AspNetUsers", tables);
        var snapshot = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(Row(reader));
            }

            rows.Sort(StringComparer.Ordinal);
            snapshot[table] = rows;
        }

        return snapshot;
    }

    /// <summary>Fails with the rows that differ, table by table.</summary>
    public static void AssertSame(SortedDictionary<string, List<string>> before, SortedDictionary<string, List<string>> after)
    {
        var differences = before.Keys.Union(after.Keys).SelectMany(table =>
        {
            var old = before.GetValueOrDefault(table) ?? [];
            var now = after.GetValueOrDefault(table) ?? [];
            return old.Except(now).Select(r => $"{table} - {r}").Concat(now.Except(old).Select(r => $"{table} + {r}"));
        }).ToList();
        Assert.True(differences.Count == 0, "Stored data changed:\n" + string.Join('\n', differences.Take(20)));
    }

    /// <summary>"table: row" for every row that contains one of the needles (case-insensitive).</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(HealactivelyFactory factory, params string[] needles)
    {
        var snapshot = await TakeAsync(factory);
        return [.. snapshot.SelectMany(t => t.Value
            .Where(r => needles.Any(n => r.Contains(n, StringComparison.OrdinalIgnoreCase)))
            .Select(r => $"{t.Key}: {r}"))];
    }

    /// <summary>How many tables a snapshot reads (so a test can show it read more than a few).</summary>
    public static async Task<int> TableCountAsync(HealactivelyFactory factory) => (await TakeAsync(factory)).Count;

    private static async Task<List<string>> TableNamesAsync(DbConnection connection, bool postgres)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static string Row(DbDataReader reader) => string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
        reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) switch
        {
            null => "null",
            var value when reader.GetValue(i) is byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
            var value => value,
        }));
}
