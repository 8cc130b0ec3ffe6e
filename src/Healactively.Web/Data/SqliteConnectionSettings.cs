using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
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

    // EF opens a connection for every query, but Microsoft.Data.Sqlite hands out the same native handle from its pool:
    // the setting lasts as long as that handle, so it is applied once per handle, not once per query.
    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && !_configured.TryAdd(handle, handle))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }
}
