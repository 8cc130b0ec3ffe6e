using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Healactively.LoadSeed;

/// <summary>The raw commit rate of SQLite on this disk: WAL, default synchronous (FULL), one insert per transaction.</summary>
internal static class RawCommits
{
    public static void Run(string path, TimeSpan duration)
    {
        File.Delete(path);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; CREATE TABLE t(id INTEGER PRIMARY KEY, v TEXT NOT NULL);");
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO t(v) VALUES ($v);";
        var value = insert.Parameters.Add("$v", SqliteType.Text);
        var clock = Stopwatch.StartNew();
        var commits = 0;
        while (clock.Elapsed < duration)
        {
            using var transaction = connection.BeginTransaction();
            insert.Transaction = transaction;
            value.Value = "journal entry sized payload 0123456789";
            insert.ExecuteNonQuery();
            transaction.Commit();
            commits++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"raw_commits_per_second {commits / clock.Elapsed.TotalSeconds:0}"));
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
