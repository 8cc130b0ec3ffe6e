using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Jobs;

/// <summary>
/// Lets one app instance at a time run a background job: whoever holds the unexpired lease runs it.
/// Acquiring is one atomic statement (insert, or take over an expired lease, or renew one's own),
/// so two instances racing for it cannot both win, on SQLite or PostgreSQL.
/// </summary>
public sealed class JobLease(AppDbContext db, TimeProvider clock)
{
    /// <summary>True when <paramref name="holder"/> now holds <paramref name="job"/> for <paramref name="duration"/> (a renewal extends it).</summary>
    public async Task<bool> TryAcquireAsync(string job, string holder, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + duration;
        var changed = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "JobLeases" ("Name", "Holder", "ExpiresAtUtc") VALUES ({job}, {holder}, {expires})
            ON CONFLICT ("Name") DO UPDATE SET "Holder" = excluded."Holder", "ExpiresAtUtc" = excluded."ExpiresAtUtc"
            WHERE "JobLeases"."Holder" = excluded."Holder" OR "JobLeases"."ExpiresAtUtc" <= {now}
            """, cancellationToken);
        return changed == 1;
    }

    /// <summary>Gives the lease up early so another instance need not wait for it to expire; only the holder can.</summary>
    public Task ReleaseAsync(string job, string holder, CancellationToken cancellationToken = default) =>
        db.JobLeases.Where(l => l.Name == job && l.Holder == holder).ExecuteDeleteAsync(cancellationToken);
}
