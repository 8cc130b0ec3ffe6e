using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Data;

/// <summary>
/// PostgreSQL refuses one of two serializable transactions that race (say, two admins demoting each other, or a delete
/// beside a role change); running the loser again lets it see the winner's change and answer plainly instead of failing.
/// SQLite queues writers instead, so there the work runs once.
/// </summary>
internal static class SerializableRetry
{
    private const int Attempts = 4;

    public static async Task<T> RunAsync<T>(AppDbContext db, Func<Task<T>> work)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work();
            }
            catch (Exception e) when (attempt < Attempts && IsSerializationConflict(e))
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private static bool IsSerializationConflict(Exception exception)
    {
        for (var e = (Exception?)exception; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.SerializationFailure or Npgsql.PostgresErrorCodes.DeadlockDetected }
                || e.Message.Contains(nameof(IdentityErrorDescriber.ConcurrencyFailure), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
