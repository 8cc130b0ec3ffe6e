namespace Healactively.Web.Data.Entities;

/// <summary>
/// One browser's Web Push subscription for a user (the endpoint and its keys, as the browser gave them). Removed when
/// the push service answers that it is gone, when the user turns push off on that device, or with the account.
/// </summary>
public sealed class PushSubscriptionRecord
{
    public const int EndpointMaxLength = 2048;
    public const int KeyMaxLength = 200;

    public long Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The browser's P-256 public key (base64url).</summary>
    public string P256dh { get; set; } = string.Empty;

    /// <summary>The browser's authentication secret (base64url).</summary>
    public string Auth { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSentAt { get; set; }
}

/// <summary>
/// The application's VAPID key pair, generated once on first use when configuration gives none, and shared by every
/// app instance. The private key is stored protected by ASP.NET Core Data Protection.
/// </summary>
public sealed class VapidKeyRecord
{
    public const int KeyMaxLength = 1000;

    public int Id { get; set; }

    public string PublicKey { get; set; } = string.Empty;

    public string ProtectedPrivateKey { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
