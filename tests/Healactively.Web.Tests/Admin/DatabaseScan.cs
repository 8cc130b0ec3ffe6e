using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Healactively.Web.Tests.Admin;

/// <summary>Reads every cell of every table of the test database, to prove what is (not) stored anywhere.</summary>
public static class DatabaseScan
{
    /// <summary>"table.column" for every cell that contains one of the needles (case-insensitive).</summary>
    public static IReadOnlyList<string> Find(string databasePath, params string[] needles)
    {
        var hits = new List<string>();
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("AspNetUsers", tables);
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var cell = reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? string.Empty;
                    if (reader.GetValue(i) is byte[] bytes)
                    {
                        cell = System.Text.Encoding.UTF8.GetString(bytes);
                    }

                    hits.AddRange(needles.Where(n => cell.Contains(n, StringComparison.OrdinalIgnoreCase)).Select(n => $"{table}.{reader.GetName(i)} contains '{n}'"));
                }
            }
        }

        return hits;
    }

    /// <summary>How many tables the scan read (so a test can show it read more than a few).</summary>
    public static int TableCount(string databasePath)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        return Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
