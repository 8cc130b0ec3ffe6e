using System.Buffers.Text;
using System.Security.Cryptography;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Email;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Healactively.Web.Features.Push;

/// <summary>The application server's VAPID identity: the key pair push services check our signature with, and its contact.</summary>
public sealed record VapidIdentity(string PublicKey, string PrivateKey, string Subject);

/// <summary>
/// The VAPID key pair: from configuration (<c>Push:VapidPublicKey</c>, <c>Push:VapidPrivateKey</c>) when given, otherwise
/// generated once (P-256) and stored in <c>VapidKeys</c> (row 1, private key protected by Data Protection) so every
/// instance signs with the same key and browsers' subscriptions stay valid. Two instances generating at once both
/// insert row 1; the loser reads the winner's keys. Kept in memory once read (it never changes).
/// </summary>
public sealed class VapidKeys(IServiceScopeFactory scopes, IDataProtectionProvider protection, IOptions<PushOptions> options, IOptions<AppLinkOptions> links, TimeProvider clock, ILogger<VapidKeys> logger) : IDisposable
{
    private const string Purpose = "Healactively.Push.VapidPrivateKey";
    private const int StoredRow = 1;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private VapidIdentity? _identity;

    public async Task<VapidIdentity> GetAsync(CancellationToken cancellationToken)
    {
        if (_identity is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            _identity ??= await LoadAsync(cancellationToken);
            return _identity;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<VapidIdentity> LoadAsync(CancellationToken cancellationToken)
    {
        var subject = Subject();
        var configured = options.Value;
        if (!string.IsNullOrWhiteSpace(configured.VapidPublicKey) && !string.IsNullOrWhiteSpace(configured.VapidPrivateKey))
        {
            return new VapidIdentity(configured.VapidPublicKey.Trim(), configured.VapidPrivateKey.Trim(), subject);
        }

        var protector = protection.CreateProtector(Purpose);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.VapidKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Id == StoredRow, cancellationToken);
        if (stored is null)
        {
            var (publicKey, privateKey) = Generate();
            var row = new VapidKeyRecord { Id = StoredRow, PublicKey = publicKey, ProtectedPrivateKey = protector.Protect(privateKey), CreatedAt = clock.GetUtcNow() };
            db.VapidKeys.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                PushLog.KeysGenerated(logger);
                return new VapidIdentity(publicKey, privateKey, subject);
            }
            catch (DbUpdateException)
            {
                // Another instance inserted row 1 first: use its keys.
                db.ChangeTracker.Clear();
                stored = await db.VapidKeys.AsNoTracking().FirstAsync(k => k.Id == StoredRow, cancellationToken);
            }
        }

        return new VapidIdentity(stored.PublicKey, protector.Unprotect(stored.ProtectedPrivateKey), subject);
    }

    private string Subject()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.Subject))
        {
            return options.Value.Subject.Trim();
        }

        return links.Value.BaseUri is { Scheme: "https" } site ? site.GetLeftPart(UriPartial.Authority) : "mailto:push@healactively.invalid";
    }

    /// <summary>A new P-256 key pair as base64url: the uncompressed public point (65 bytes) and the private scalar (32 bytes).</summary>
    public static (string PublicKey, string PrivateKey) Generate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = key.ExportParameters(includePrivateParameters: true);
        var point = new byte[65];
        point[0] = 0x04;
        parameters.Q.X!.CopyTo(point, 1);
        parameters.Q.Y!.CopyTo(point, 33);
        return (Base64Url.EncodeToString(point), Base64Url.EncodeToString(parameters.D!));
    }
}
