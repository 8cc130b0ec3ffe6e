using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Healactively.Web.Data.Entities;

namespace Healactively.Web.Features.Push;

/// <summary>A browser's push subscription as its <c>PushSubscription.toJSON()</c> gives it, checked.</summary>
public sealed record PushSubscriptionInput(string Endpoint, string P256dh, string Auth);

/// <summary>
/// Reads the JSON body the page script posts (<c>{"endpoint": …, "expirationTime": …, "keys": {"p256dh": …, "auth": …}}</c>
/// for subscribing, <c>{"endpoint": …}</c> for turning off) and says in plain words what is wrong with it.
/// </summary>
public static class PushSubscriptionReader
{
    /// <summary>Generous for an endpoint of 2,048 characters and two keys; anything larger is refused unread.</summary>
    public const int MaxBodyBytes = 8 * 1024;

    private const int PublicKeyBytes = 65;
    private const int AuthBytes = 16;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 4, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    public static PushSubscriptionRead ReadSubscription(ReadOnlyMemory<byte> body, bool allowInsecure)
    {
        if (!TryParse(body, out var root, out var problem))
        {
            return PushSubscriptionRead.Refused(problem);
        }

        using (root)
        {
            var endpoint = Endpoint(root.RootElement, allowInsecure, out problem);
            if (endpoint is null)
            {
                return PushSubscriptionRead.Refused(problem);
            }

            if (!root.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Object)
            {
                return PushSubscriptionRead.Refused("The subscription has no keys.");
            }

            var p256dh = Key(keys, "p256dh", PublicKeyBytes, out var point);
            if (p256dh is null || !IsCurvePoint(point))
            {
                return PushSubscriptionRead.Refused("The subscription's p256dh key is not a P-256 public key.");
            }

            var auth = Key(keys, "auth", AuthBytes, out _);
            if (auth is null)
            {
                return PushSubscriptionRead.Refused("The subscription's auth secret is not 16 bytes of base64url.");
            }

            return PushSubscriptionRead.Read(new PushSubscriptionInput(endpoint, p256dh, auth));
        }
    }

    /// <summary>The endpoint of a "turn off" request (it is only compared with stored ones, so not checked further).</summary>
    public static PushSubscriptionRead ReadEndpoint(ReadOnlyMemory<byte> body)
    {
        if (!TryParse(body, out var root, out var problem))
        {
            return PushSubscriptionRead.Refused(problem);
        }

        using (root)
        {
            var endpoint = Endpoint(root.RootElement, allowInsecure: true, out problem);
            return endpoint is null ? PushSubscriptionRead.Refused(problem) : PushSubscriptionRead.Read(new PushSubscriptionInput(endpoint, string.Empty, string.Empty));
        }
    }

    private static bool TryParse(ReadOnlyMemory<byte> body, out JsonDocument document, out string problem)
    {
        document = null!;
        problem = string.Empty;
        if (body.Length == 0)
        {
            problem = "The request has no subscription.";
            return false;
        }

        if (body.Length > MaxBodyBytes)
        {
            problem = "The subscription is too large.";
            return false;
        }

        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException)
        {
            problem = "The subscription is not valid JSON.";
            return false;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            problem = "The subscription must be a JSON object.";
            return false;
        }

        return true;
    }

    private static string? Endpoint(JsonElement root, bool allowInsecure, out string problem)
    {
        if (!root.TryGetProperty("endpoint", out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problem = "The subscription has no endpoint.";
            return null;
        }

        var endpoint = value.GetString()!;
        if (endpoint.Length > PushSubscriptionRecord.EndpointMaxLength)
        {
            problem = "The subscription's endpoint is too long.";
            return null;
        }

        var refused = PushEndpointPolicy.Check(endpoint, allowInsecure);
        problem = refused ?? string.Empty;
        return refused is null ? endpoint : null;
    }

    private static string? Key(JsonElement keys, string name, int size, out byte[] bytes)
    {
        bytes = [];
        if (!keys.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = value.GetString()!.TrimEnd('=');
        if (text.Length > PushSubscriptionRecord.KeyMaxLength || text.Length != Base64Url.GetEncodedLength(size))
        {
            return null;
        }

        bytes = new byte[size];
        try
        {
            return Base64Url.TryDecodeFromChars(text, bytes, out var written) && written == size ? text : null;
        }
        catch (FormatException)
        {
            return null; // Not base64url (the Try method only reports a short destination).
        }
    }

    private static bool IsCurvePoint(byte[] point)
    {
        if (point.Length != PublicKeyBytes || point[0] != 0x04)
        {
            return false;
        }

        try
        {
            using var key = ECDiffieHellman.Create(new ECParameters
            {
                Curve = ECCurve.NamedCurves.nistP256,
                Q = new ECPoint { X = point[1..33], Y = point[33..] },
            });
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}

/// <summary>A read subscription, or why it was refused.</summary>
public sealed record PushSubscriptionRead(PushSubscriptionInput? Subscription, string Problem)
{
    public static PushSubscriptionRead Read(PushSubscriptionInput subscription) => new(subscription, string.Empty);

    public static PushSubscriptionRead Refused(string problem) => new(null, problem);
}
