using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Healactively.Web.Features.Push;

/// <summary>Outcome of turning notifications on for a device.</summary>
public enum SubscribeOutcome
{
    Saved,
    /// <summary>The endpoint is registered to another account with other keys: it is not this browser's subscription.</summary>
    Taken,
    /// <summary>Another request saved the same endpoint at the same moment; trying again succeeds.</summary>
    Conflict,
}

/// <summary>
/// A patient's devices that receive reminders: turning notifications on (store or renew the browser's subscription,
/// at most <see cref="PushOptions.MaxSubscriptionsPerUser"/> per account, the oldest replaced) and off (only one's own).
/// </summary>
public sealed class PushSubscriptions(AppDbContext db, TimeProvider clock, IOptions<PushOptions> options, ILogger<PushSubscriptions> logger)
{
    public async Task<SubscribeOutcome> SubscribeAsync(string userId, PushSubscriptionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var existing = await db.PushSubscriptions.FirstOrDefaultAsync(s => s.Endpoint == input.Endpoint, cancellationToken);
        if (existing is not null && existing.UserId != userId)
        {
            // The same browser signed in to another account gives the same subscription (same keys): the device moves
            // to the account now using it. Someone who only knows another person's endpoint cannot take it over.
            if (existing.P256dh != input.P256dh || existing.Auth != input.Auth)
            {
                PushLog.SubscriptionRefused(logger, userId, "endpoint registered to another account");
                return SubscribeOutcome.Taken;
            }
        }

        var record = existing ?? db.PushSubscriptions.Add(new PushSubscriptionRecord { Endpoint = input.Endpoint }).Entity;
        record.UserId = userId;
        record.P256dh = input.P256dh;
        record.Auth = input.Auth;
        record.CreatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return SubscribeOutcome.Conflict;
        }

        PushLog.Subscribed(logger, userId, record.Id);
        await KeepNewestAsync(userId, cancellationToken);
        return SubscribeOutcome.Saved;
    }

    /// <returns>False when this account has no such subscription (another account's endpoint is left alone).</returns>
    public async Task<bool> UnsubscribeAsync(string userId, string endpoint, CancellationToken cancellationToken)
    {
        var removed = await db.PushSubscriptions.Where(s => s.UserId == userId && s.Endpoint == endpoint).ExecuteDeleteAsync(cancellationToken);
        if (removed > 0)
        {
            PushLog.Unsubscribed(logger, userId);
        }

        return removed > 0;
    }

    public Task<int> CountAsync(string userId, CancellationToken cancellationToken) =>
        db.PushSubscriptions.CountAsync(s => s.UserId == userId, cancellationToken);

    private async Task KeepNewestAsync(string userId, CancellationToken cancellationToken)
    {
        var limit = Math.Max(1, options.Value.MaxSubscriptionsPerUser);
        // A handful of rows per account; ordered here because SQLite cannot order by DateTimeOffset.
        var devices = await db.PushSubscriptions.Where(s => s.UserId == userId)
            .Select(s => new { s.Id, s.CreatedAt })
            .ToListAsync(cancellationToken);
        var surplus = devices.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Skip(limit).Select(s => s.Id);
        foreach (var id in surplus)
        {
            await db.PushSubscriptions.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
            PushLog.OldestReplaced(logger, id, userId, limit);
        }
    }
}
