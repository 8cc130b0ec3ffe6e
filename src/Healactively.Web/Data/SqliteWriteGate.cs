namespace Healactively.Web.Data;

/// <summary>
/// Queues this process's journal writers in memory, one at a time, before they ask SQLite for its single write lock.
/// A Microsoft.Data.Sqlite command that finds the database locked sleeps and tries again, so thirty saves racing for
/// <c>BEGIN IMMEDIATE</c> leave the lock idle between their sleeps; a queue hands it straight to the next writer.
/// Other processes still meet SQLite's own lock. PostgreSQL has row locks, so there it lets everyone through.
/// A writer that cannot get its turn within <c>Database:WriteQueueTimeoutSeconds</c> gets a
/// <see cref="DatabaseBusyException"/> (answered "try again", 503) instead of waiting for SQLite's busy timeout.
/// </summary>
public sealed class SqliteWriteGate(bool queueWriters, TimeSpan wait) : IDisposable
{
    public const string TimeoutSetting = "Database:WriteQueueTimeoutSeconds";

    /// <summary>Long enough for a queue of ordinary saves and a whole import of the largest allowed file; short of SQLite's 30 s.</summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _writer = new(1, 1);

    public SqliteWriteGate(bool queueWriters)
        : this(queueWriters, DefaultWait)
    {
    }

    public async ValueTask<Turn> EnterAsync(CancellationToken cancellationToken)
    {
        if (!queueWriters)
        {
            return default;
        }

        if (!await _writer.WaitAsync(wait, cancellationToken))
        {
            throw new DatabaseBusyException();
        }

        return new Turn(_writer);
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>Ends the writer's turn when disposed.</summary>
    public readonly struct Turn(SemaphoreSlim? writer) : IDisposable
    {
        public void Dispose() => writer?.Release();
    }
}
