using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Healactively.Web.Tests.Push;

/// <summary>
/// What a browser keeps for one push subscription: its P-256 key pair and 16-byte auth secret. It decrypts a message
/// as the browser does (RFC 8291 over RFC 8188 aes128gcm) and checks the VAPID header (RFC 8292) as a push service does.
/// </summary>
internal sealed class BrowserPushKeys : IDisposable
{
    private readonly ECDiffieHellman _key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);

    public byte[] AuthSecret { get; } = RandomNumberGenerator.GetBytes(16);

    public byte[] PublicKey => Point(_key.ExportParameters(false).Q);

    /// <summary>The body the page script posts: the shape of <c>PushSubscription.toJSON()</c>.</summary>
    public string SubscriptionJson(string endpoint) => JsonSerializer.Serialize(new
    {
        endpoint,
        expirationTime = (long?)null,
        keys = new { p256dh = Base64Url.EncodeToString(PublicKey), auth = Base64Url.EncodeToString(AuthSecret) },
    });

    /// <summary>Decrypts one aes128gcm message for this subscription and returns its plaintext.</summary>
    public string Decrypt(byte[] body)
    {
        // RFC 8188 header: salt (16) | record size (4) | key id length (1) | key id (the sender's public key, 65).
        var salt = body[..16];
        var recordSize = (body[16] << 24) | (body[17] << 16) | (body[18] << 8) | body[19];
        var idLength = body[20];
        Assert.Equal(65, idLength);
        var senderPublic = body[21..(21 + idLength)];
        var ciphertext = body[(21 + idLength)..];
        Assert.True(ciphertext.Length <= recordSize, "One record.");

        using var sender = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = senderPublic[1..33], Y = senderPublic[33..] },
        });
        var ecdhSecret = _key.DeriveRawSecretAgreement(sender.PublicKey);

        // RFC 8291 section 3.4: the auth secret and both public keys go into the input keying material.
        var keyInfo = Concat(Encoding.ASCII.GetBytes("WebPush: info\0"), PublicKey, senderPublic);
        var prkKey = HKDF.Extract(HashAlgorithmName.SHA256, ecdhSecret, AuthSecret);
        var ikm = HKDF.Expand(HashAlgorithmName.SHA256, prkKey, 32, keyInfo);
        var prk = HKDF.Extract(HashAlgorithmName.SHA256, ikm, salt);
        var cek = HKDF.Expand(HashAlgorithmName.SHA256, prk, 16, Encoding.ASCII.GetBytes("Content-Encoding: aes128gcm\0"));
        var nonce = HKDF.Expand(HashAlgorithmName.SHA256, prk, 12, Encoding.ASCII.GetBytes("Content-Encoding: nonce\0"));

        var plain = new byte[ciphertext.Length - 16];
        using (var aes = new AesGcm(cek, 16))
        {
            aes.Decrypt(nonce, ciphertext[..^16], ciphertext[^16..], plain);
        }

        // The last record ends with the delimiter 0x02, then zero padding.
        var end = plain.Length - 1;
        while (end >= 0 && plain[end] == 0)
        {
            end--;
        }

        Assert.True(end >= 0 && plain[end] == 2, "The last record's padding delimiter is 0x02.");
        return Encoding.UTF8.GetString(plain, 0, end);
    }

    /// <summary>Checks <c>Authorization: vapid t=JWT, k=KEY</c>: an ES256 signature by k, the endpoint's origin as aud, a near expiry, a subject.</summary>
    public static VapidClaims VerifyVapid(string? authorization, string endpointOrigin, DateTimeOffset now)
    {
        Assert.NotNull(authorization);
        Assert.StartsWith("vapid ", authorization, StringComparison.Ordinal);
        var parameters = authorization["vapid ".Length..].Split(',', StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var jwt = parameters["t"];
        var publicKey = Base64Url.DecodeFromChars(parameters["k"]);
        Assert.Equal(65, publicKey.Length);

        var parts = jwt.Split('.');
        Assert.Equal(3, parts.Length);
        using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
        Assert.Equal("ES256", header.RootElement.GetProperty("alg").GetString());
        using var verifier = ECDsa.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = publicKey[1..33], Y = publicKey[33..] },
        });
        Assert.True(
            verifier.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), Base64Url.DecodeFromChars(parts[2]), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
            "The VAPID token is signed with the key in k.");

        using var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
        var aud = claims.RootElement.GetProperty("aud").GetString();
        var exp = DateTimeOffset.FromUnixTimeSeconds(claims.RootElement.GetProperty("exp").GetInt64());
        var sub = claims.RootElement.GetProperty("sub").GetString();
        Assert.Equal(endpointOrigin, aud);
        Assert.False(string.IsNullOrWhiteSpace(sub));
        Assert.True(exp - now <= TimeSpan.FromHours(24), $"exp at most 24 h ahead (was {exp:O}, now {now:O}).");
        return new VapidClaims(parameters["k"], aud!, exp, sub!);
    }

    public void Dispose() => _key.Dispose();

    private static byte[] Point(ECPoint q) => [0x04, .. q.X!, .. q.Y!];

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}

internal sealed record VapidClaims(string PublicKey, string Audience, DateTimeOffset Expires, string Subject);
