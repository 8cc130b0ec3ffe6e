namespace Healactively.Web.Features.Push;

/// <summary>The <c>Push</c> settings: the VAPID key pair (optional; generated once and kept in the database otherwise).</summary>
public sealed class PushOptions
{
    public const string Section = "Push";

    /// <summary>The application server's P-256 public key, base64url (65 bytes, uncompressed point). With <see cref="VapidPrivateKey"/>.</summary>
    public string? VapidPublicKey { get; set; }

    /// <summary>The matching private key, base64url (32 bytes). Keep it in a secret store, not in appsettings.json.</summary>
    public string? VapidPrivateKey { get; set; }

    /// <summary>A <c>mailto:</c> or <c>https:</c> contact for push services; defaults to <c>App:BaseUrl</c> when that is https.</summary>
    public string? Subject { get; set; }

    /// <summary>
    /// Tests only: accept http endpoints and loopback or private addresses (a local endpoint plays the push service).
    /// Never set it in production: it lets a subscription point the server at internal addresses.
    /// </summary>
    public bool AllowInsecureEndpointsForTests { get; set; }

    /// <summary>How many devices one account may register; a new one beyond it replaces the oldest.</summary>
    public int MaxSubscriptionsPerUser { get; set; } = 10;

    /// <summary>How long a push service keeps an undelivered reminder (a phone that is off): after that it is stale.</summary>
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromHours(6);
}
