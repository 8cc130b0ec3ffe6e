using System.Security.Cryptography;
using System.Text;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Care;

/// <summary>A code shown to the patient once, and what typing it gives a clinician.</summary>
public sealed record CreatedShareCode(string Code, DateTimeOffset ExpiresAt);

/// <summary>What redeeming a share code did.</summary>
public abstract record RedeemOutcome
{
    private RedeemOutcome()
    {
    }

    public sealed record Linked(string PatientId) : RedeemOutcome;

    public sealed record AlreadyLinked(string PatientId) : RedeemOutcome;

    public sealed record NotFound : RedeemOutcome;

    public sealed record Expired(DateTimeOffset ExpiredAt) : RedeemOutcome;

    public sealed record Used : RedeemOutcome;
}

/// <summary>
/// Consent by share code: a patient creates a single-use code (valid for 7 days) and gives it to a clinician,
/// who redeems it to link. Only the SHA-256 of the normalised code is stored.
/// </summary>
public sealed class ShareCodes(AppDbContext db, AuditTrail audit, TimeProvider clock, ILogger<ShareCodes> logger)
{
    /// <summary>No 0/O, 1/I/L: easy to read aloud and type.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 8;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public async Task<CreatedShareCode> CreateAsync(string patientId, CancellationToken cancellationToken = default)
    {
        var code = RandomNumberGenerator.GetString(Alphabet, Length);
        var now = clock.GetUtcNow();
        var row = new ShareCode { PatientId = patientId, CodeHash = Hash(code), CreatedAt = now, ExpiresAt = now + Lifetime };
        db.ShareCodes.Add(row);
        audit.Add(patientId, AuditActions.ShareCodeCreated);
        await db.SaveChangesAsync(cancellationToken);
        CareTeamLog.ShareCodeCreated(logger, row.Id, patientId);
        return new CreatedShareCode(Format(code), row.ExpiresAt);
    }

    /// <summary>Links the clinician to the code's patient and marks the code used, in one transaction.</summary>
    public async Task<RedeemOutcome> RedeemAsync(string clinicianId, string? typed, CancellationToken cancellationToken = default)
    {
        if (Normalise(typed) is not { } code)
        {
            CareTeamLog.RedeemRefused(logger, clinicianId, "not-found");
            return new RedeemOutcome.NotFound();
        }

        var hash = Hash(code);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var found = await db.ShareCodes
            .Where(c => c.CodeHash == hash)
            .Select(c => new { c.Id, c.PatientId, c.ExpiresAt, c.UsedAt })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            CareTeamLog.RedeemRefused(logger, clinicianId, "not-found");
            return new RedeemOutcome.NotFound();
        }

        if (found.UsedAt is not null)
        {
            CareTeamLog.RedeemRefused(logger, clinicianId, "used");
            return new RedeemOutcome.Used();
        }

        var now = clock.GetUtcNow();
        if (now >= found.ExpiresAt)
        {
            CareTeamLog.RedeemRefused(logger, clinicianId, "expired");
            return new RedeemOutcome.Expired(found.ExpiresAt);
        }

        // The conditional update makes the code single-use even if two clinicians redeem it at once.
        var marked = await db.ShareCodes
            .Where(c => c.Id == found.Id && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now).SetProperty(c => c.UsedByClinicianId, clinicianId), cancellationToken);
        if (marked == 0)
        {
            CareTeamLog.RedeemRefused(logger, clinicianId, "used");
            return new RedeemOutcome.Used();
        }

        var alreadyLinked = await db.CareLinks
            .AnyAsync(l => l.PatientId == found.PatientId && l.ClinicianId == clinicianId && l.RevokedAt == null, cancellationToken);
        if (!alreadyLinked)
        {
            db.CareLinks.Add(new CareLink { PatientId = found.PatientId, ClinicianId = clinicianId, CreatedAt = now });
        }

        audit.Add(found.PatientId, AuditActions.ShareCodeUsed, clinicianId);
        await db.SaveChangesAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        CareTeamLog.ShareCodeRedeemed(logger, found.Id, found.PatientId, clinicianId);
        return alreadyLinked ? new RedeemOutcome.AlreadyLinked(found.PatientId) : new RedeemOutcome.Linked(found.PatientId);
    }

    /// <summary>Cancels the patient's unused codes; returns how many.</summary>
    public Task<int> CancelOpenAsync(string patientId, CancellationToken cancellationToken = default) =>
        db.ShareCodes.Where(c => c.PatientId == patientId && c.UsedAt == null).ExecuteDeleteAsync(cancellationToken);

    /// <summary>How many of the patient's codes could still be redeemed.</summary>
    public async Task<int> OpenCountAsync(string patientId, CancellationToken cancellationToken = default)
    {
        var expiries = await db.ShareCodes.AsNoTracking()
            .Where(c => c.PatientId == patientId && c.UsedAt == null)
            .Select(c => c.ExpiresAt)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return expiries.Count(e => e > now);
    }

    /// <summary>Upper case without spaces or dashes, or null when it cannot be a code.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var builder = new StringBuilder(Length);
        foreach (var c in typed)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '–' or '—')
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c);
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || builder.Length == Length)
            {
                return null;
            }

            builder.Append(upper);
        }

        return builder.Length == Length ? builder.ToString() : null;
    }

    public static string Hash(string normalised) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));

    public static string Format(string code) => $"{code[..4]}-{code[4..]}";
}
