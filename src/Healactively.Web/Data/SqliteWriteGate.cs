namespace Healactively.Web.Data;

/// <summary>
/// Queues this process's journal writers in memory, one at a time, before they ask SQLite for its single write lock.
/// A Microsoft.Data.Sqlite command that finds the database locked sleeps and tries again, so thirty saves racing for
/// <c>BEGIN IMMEDIATE</c> leave the lock idle between their sleeps; a queue hands it straight to the next writer.
/// Other processes still meet SQLite's own lock. PostgreSQL has row locks, so there it lets everyone through.
/// </summary>
public sealed class SqliteWriteGate(bool queueWriters) : IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public async ValueTask<Turn> EnterAsync(CancellationToken cancellationToken)
    {
        if (!queueWriters)
        {
            return default;
        }

        await _writer.WaitAsync(cancellationToken);
        return new Turn(_writer);
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>Ends the writer's turn when disposed.</summary>
    public readonly struct Turn(SemaphoreSlim? writer) : IDisposable
    {
        public void Dispose() => writer?.Release();
    }
}
