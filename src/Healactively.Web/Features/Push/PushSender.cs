using System.Net;
using Healactively.Web.Data;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Healactively.Web.Features.Push;

/// <summary>How a push to one account's devices went.</summary>
public sealed record PushDelivery(int Sent, int Failed, int Removed)
{
    public static PushDelivery None { get; } = new(0, 0, 0);
}

/// <summary>
/// Sends one notification to every device of an account (RFC 8030 with VAPID, RFC 8292, payload encrypted with
/// aes128gcm, RFC 8291). A device the push service says is gone (404, 410) is removed; any other failure is logged with
/// ids and status only and the next device is tried.
/// </summary>
public sealed class PushSender(AppDbContext db, PushServiceClient client, VapidKeys keys, IOptions<PushOptions> options, TimeProvider clock, ILogger<PushSender> logger)
{
    /// <summary>Lets a newer reminder replace an undelivered older one at the push service.</summary>
    private const string Topic = "journal-reminder";

    public async Task<PushDelivery> SendAsync(string userId, PushPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var devices = await db.PushSubscriptions.AsNoTracking()
            .Where(s => s.UserId == userId)
            .Select(s => new { s.Id, s.Endpoint, s.P256dh, s.Auth })
            .ToListAsync(cancellationToken);
        if (devices.Count == 0)
        {
            return PushDelivery.None;
        }

        var identity = await keys.GetAsync(cancellationToken);
        using var authentication = new VapidAuthentication(identity.PublicKey, identity.PrivateKey) { Subject = identity.Subject };
        client.AutoRetryAfter = false; // A busy push service is tried again tomorrow, not by holding up everyone's reminders.
        var content = payload.ToJson();
        int sent = 0, failed = 0, removed = 0;
        foreach (var device in devices)
        {
            var subscription = new PushSubscription { Endpoint = device.Endpoint };
            subscription.SetKey(PushEncryptionKeyName.P256DH, device.P256dh);
            subscription.SetKey(PushEncryptionKeyName.Auth, device.Auth);
            var message = new PushMessage(content)
            {
                Topic = Topic,
                Urgency = PushMessageUrgency.Normal,
                TimeToLive = (int)options.Value.TimeToLive.TotalSeconds,
            };
            try
            {
                await client.RequestPushMessageDeliveryAsync(subscription, message, authentication, VapidAuthenticationScheme.Vapid, cancellationToken);
                await db.PushSubscriptions.Where(s => s.Id == device.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSentAt, clock.GetUtcNow()), cancellationToken);
                sent++;
            }
            catch (PushServiceClientException exception) when (exception.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            {
                await db.PushSubscriptions.Where(s => s.Id == device.Id).ExecuteDeleteAsync(cancellationToken);
                PushLog.Gone(logger, device.Id, userId, (int)exception.StatusCode);
                removed++;
            }
            catch (PushServiceClientException exception)
            {
                // Not the exception itself: its message and subscription carry the endpoint.
                PushLog.Refused(logger, device.Id, userId, (int)exception.StatusCode);
                failed++;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && exception is not DbUpdateException)
            {
                // Connection errors name the host; only the kind of failure is logged.
                PushLog.Failed(logger, device.Id, userId, exception.GetType().Name);
                failed++;
            }
        }

        return new PushDelivery(sent, failed, removed);
    }
}
