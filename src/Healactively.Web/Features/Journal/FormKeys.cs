using System.Security.Cryptography;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Journal;

/// <summary>A form's one-time key and where its first successful post sent the user.</summary>
public sealed record FormSubmissionKey(string Key, string RedirectTo);

/// <summary>
/// One-time keys carried by a form (generated when it is rendered): the first post that succeeds records
/// its key with its redirect, inside the same transaction as its save; a repeat of the key gets that redirect.
/// </summary>
public sealed class FormKeys(AppDbContext db)
{
    /// <summary>Long enough for a retried or double-clicked form; a form reopened the next day gets a fresh key.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    /// <summary>A new random key for a form about to be rendered (128 bits, URL-safe).</summary>
    public static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>A key as posted, if it looks like one we issued; anything else is treated as no key.</summary>
    public static string? Normalize(string? posted) =>
        posted is { Length: > 0 and <= FormSubmission.KeyMaxLength } && posted.All(char.IsAsciiLetterOrDigit) ? posted : null;

    /// <summary>The redirect of an earlier successful post of the same form by the same user, or null.</summary>
    public Task<string?> FindRedirectAsync(string userId, string key, CancellationToken cancellationToken) =>
        db.FormSubmissions.AsNoTracking()
            .Where(s => s.UserId == userId && s.Key == key)
            .Select(s => s.RedirectTo)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Adds the key to the context; the caller's SaveChanges writes it with the save it answers for.</summary>
    public void Record(string userId, FormSubmissionKey submission, DateTimeOffset now) =>
        db.FormSubmissions.Add(new FormSubmission { UserId = userId, Key = submission.Key, RedirectTo = submission.RedirectTo, CreatedAt = now });

    /// <summary>Deletes this user's keys older than <see cref="KeptFor"/> (cheap: the user's own rows only).</summary>
    public Task<int> PruneAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - KeptFor;
        return db.FormSubmissions.Where(s => s.UserId == userId && s.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
