using System.Data.Common;
using System.Globalization;
using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Infrastructure;

/// <summary>Every row of every table of the app's model as text, read with plain SQL (works on each provider).</summary>
public static class DatabaseSnapshot
{
    /// <summary>Table name → its rows (each row's values joined), sorted so two snapshots compare equal when nothing changed.</summary>
    public static async Task<SortedDictionary<string, List<string>>> TakeAsync(HealactivelyFactory factory, params string[] exceptTables)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>()
            .Where(t => !exceptTables.Contains(t, StringComparer.Ordinal)).Distinct().ToList();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
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

    /// <summary>Every table and column value that contains <paramref name="text"/>, as "table: row".</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(HealactivelyFactory factory, string text)
    {
        var snapshot = await TakeAsync(factory);
        return snapshot.SelectMany(t => t.Value.Where(r => r.Contains(text, StringComparison.OrdinalIgnoreCase)).Select(r => $"{t.Key}: {r}")).ToList();
    }

    private static string Row(DbDataReader reader) => string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i =>
        reader.IsDBNull(i) ? "null" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) switch
        {
            null => "null",
            var value when reader.GetValue(i) is byte[] bytes => Convert.ToHexString(bytes),
            var value => value,
        }));
}
