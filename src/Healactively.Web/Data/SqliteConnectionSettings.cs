using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Healactively.Web.Data;

/// <summary>
/// A smaller page cache per pooled SQLite connection (SQLite's default is 2 MB each, and the pool grows to one connection
/// per concurrent request). The operating system's file cache still holds the hot pages for all of them.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    public const int CacheKibibytes = 512;

    private static readonly string Pragma = $"PRAGMA cache_size = -{CacheKibibytes};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }
}
