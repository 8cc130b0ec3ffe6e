using Microsoft.Data.Sqlite;

namespace Healactively.Web.Data;

/// <summary>
/// The database could not take this write in time (the writer queue was full for longer than its timeout, or SQLite
/// answered busy or locked). Nothing was written; the request is answered 503 with <c>Retry-After</c>.
/// </summary>
public sealed class DatabaseBusyException : Exception
{
    public DatabaseBusyException()
        : base("The database is busy with other writes; nothing was saved. Try again in a moment.")
    {
    }

    public DatabaseBusyException(string message)
        : base(message)
    {
    }

    public DatabaseBusyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>Whether <paramref name="exception"/>, or one it wraps (EF wraps SQLite's), says the database was busy.</summary>
    public static bool IsBusy(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DatabaseBusyException
                || (current is SqliteException sqlite && (sqlite.SqliteErrorCode & 0xFF) is SqliteBusy or SqliteLocked))
            {
                return true;
            }
        }

        return false;
    }
}
