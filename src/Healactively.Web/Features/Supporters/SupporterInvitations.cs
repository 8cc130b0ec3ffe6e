using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Email;
using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Supporters;

/// <summary>What the patient asked for: who, and what they will see.</summary>
public sealed record SupporterInvite(string Email, string? Name, IReadOnlyList<string> Subjects, bool ShareWeekSummary);

public enum InviteOutcome
{
    Sent,

    /// <summary>Saved, but the email could not be handed over; the patient can cancel and invite again.</summary>
    EmailFailed,

    /// <summary>Refused: the patient has <see cref="SupporterInvitations.MaxPending"/> invitations waiting.</summary>
    TooManyPending,

    /// <summary>Refused: the patient's own address.</summary>
    OwnEmail,
}

/// <summary>An invitation whose link still works, as the accept page shows it.</summary>
public sealed record OpenSupporterInvitation(long Id, string PatientId, string PatientName, string Email, string? Name);

/// <summary>
/// A patient's invitations to supporters: a random token in an emailed link (only its SHA-256 is stored, as for share
/// codes), valid <see cref="Lifetime"/>, used once; at most <see cref="MaxPending"/> waiting per patient. Whether the
/// address has an account is never looked at here, so no answer can tell.
/// </summary>
public sealed class SupporterInvitations(AppDbContext db, Care.AuditTrail audit, IMailSender mail, PublicLinks links, TimeProvider clock, ILogger<SupporterInvitations> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public const int MaxPending = 10;

    public async Task<InviteOutcome> InviteAsync(PatientContext patient, SupporterInvite invite, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(invite);
        var email = invite.Email.Trim();
        var own = await db.Users.AsNoTracking().Where(u => u.Id == patient.PatientId).Select(u => u.NormalizedEmail).SingleOrDefaultAsync(cancellationToken);
        if (string.Equals(own, email.ToUpperInvariant(), StringComparison.Ordinal))
        {
            SupportersLog.InviteRefused(logger, patient.PatientId, "own email");
            return InviteOutcome.OwnEmail;
        }

        var now = clock.GetUtcNow();
        var pending = await db.SupporterInvitations.AsNoTracking()
            .Where(i => i.PatientId == patient.PatientId && i.UsedAt == null && i.CancelledAt == null)
            .Select(i => i.ExpiresAt)
            .ToListAsync(cancellationToken);
        if (pending.Count(e => e > now) >= MaxPending)
        {
            SupportersLog.InviteRefused(logger, patient.PatientId, "too many pending");
            return InviteOutcome.TooManyPending;
        }

        var customKeys = await CustomKeysAsync(patient.PatientId, cancellationToken);
        var token = NewToken();
        var row = new SupporterInvitation
        {
            PatientId = patient.PatientId,
            Email = email,
            Name = string.IsNullOrWhiteSpace(invite.Name) ? null : invite.Name.Trim(),
            TokenHash = Hash(token),
            Subjects = SupporterSubjects.Format(invite.Subjects, customKeys),
            ShareWeekSummary = invite.ShareWeekSummary,
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        };
        db.SupporterInvitations.Add(row);
        audit.Add(patient.PatientId, Care.AuditActions.SupporterInvited);
        await db.SaveChangesAsync(cancellationToken);
        SupportersLog.Invited(logger, row.Id, patient.PatientId);

        var link = links.Link("/Supporting/Accept?token=" + Uri.EscapeDataString(token));
        var greeting = row.Name is null ? "Hello," : $"Hello {row.Name},";
        var text = $"""
            {greeting}

            {patient.DisplayName} is recovering from back pain and keeps a journal of the small things that get better. They would like to share some of those wins with you.

            To see them, open this link (it works once, for {Lifetime.TotalDays:0} days). You can create a free supporter account there, or sign in if you already have one:

            {link}

            You will see only the wins {patient.DisplayName} chose to share, never their journal. If you do not know {patient.DisplayName}, you can ignore this email.
            """;
        var html = string.Concat(text.Split("\n\n").Select(p => p.Trim() == link
            ? $"<p><a href=\"{HtmlEncoder.Default.Encode(link)}\">See the wins {HtmlEncoder.Default.Encode(patient.DisplayName)} shares</a></p>"
            : $"<p>{HtmlEncoder.Default.Encode(p.Trim()).Replace("\n", "<br>", StringComparison.Ordinal)}</p>"));
        try
        {
            await mail.SendAsync(new OutgoingEmail(email, $"{patient.DisplayName} would like to share their wins with you", text, html), cancellationToken);
            return InviteOutcome.Sent;
        }
        catch (EmailDeliveryException)
        {
            SupportersLog.EmailFailed(logger, row.Id);
            return InviteOutcome.EmailFailed;
        }
    }

    /// <summary>Withdraws one of the patient's pending invitations; false when there is none with that id.</summary>
    public async Task<bool> CancelAsync(string patientId, long invitationId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var cancelled = await db.SupporterInvitations
            .Where(i => i.Id == invitationId && i.PatientId == patientId && i.UsedAt == null && i.CancelledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.CancelledAt, now), cancellationToken);
        if (cancelled > 0)
        {
            SupportersLog.Cancelled(logger, invitationId, patientId);
        }

        return cancelled > 0;
    }

    /// <returns>The invitation when the token is one of a pending, unexpired invitation; else null (unknown, used, cancelled, expired alike).</returns>
    public async Task<OpenSupporterInvitation?> FindOpenAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!IsWellFormed(token))
        {
            return null;
        }

        var hash = Hash(token!);
        var now = clock.GetUtcNow();
        var found = await db.SupporterInvitations.AsNoTracking()
            .Where(i => i.TokenHash == hash && i.UsedAt == null && i.CancelledAt == null)
            .Join(db.Users, i => i.PatientId, u => u.Id, (i, u) => new { i.Id, i.PatientId, u.DisplayName, i.Email, i.Name, i.ExpiresAt })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null || now >= found.ExpiresAt
            ? null
            : new OpenSupporterInvitation(found.Id, found.PatientId, found.DisplayName, found.Email, found.Name);
    }

    /// <summary>
    /// Marks the invitation used (once, even under two posts at once) and links the supporter with its subjects; a
    /// link the pair had before is re-activated rather than duplicated. Null when the invitation no longer works.
    /// </summary>
    public async Task<long?> AcceptAsync(string? token, string supporterId, CancellationToken cancellationToken = default)
    {
        if (await FindOpenAsync(token, cancellationToken) is not { } open || open.PatientId == supporterId)
        {
            SupportersLog.AcceptRefused(logger, supporterId, "link dead or own");
            return null;
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var marked = await db.SupporterInvitations
            .Where(i => i.Id == open.Id && i.UsedAt == null && i.CancelledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), cancellationToken);
        if (marked == 0)
        {
            SupportersLog.AcceptRefused(logger, supporterId, "used");
            return null;
        }

        var invitation = await db.SupporterInvitations.AsNoTracking().SingleAsync(i => i.Id == open.Id, cancellationToken);
        var link = await db.SupporterLinks
            .Where(l => l.PatientId == open.PatientId && l.SupporterId == supporterId)
            .OrderByDescending(l => l.RevokedAt == null).ThenByDescending(l => l.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (link is null)
        {
            link = new SupporterLink { PatientId = open.PatientId, SupporterId = supporterId, CreatedAt = now };
            db.SupporterLinks.Add(link);
        }
        else if (link.RevokedAt is not null)
        {
            link.RevokedAt = null;
            link.CreatedAt = now;
        }

        link.Name = invitation.Name ?? link.Name;
        link.Subjects = invitation.Subjects;
        link.ShareWeekSummary = invitation.ShareWeekSummary;
        audit.Add(open.PatientId, Care.AuditActions.SupporterLinked, supporterId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        SupportersLog.Accepted(logger, open.Id, open.PatientId, supporterId, link.Id);
        return link.Id;
    }

    private Task<List<string>> CustomKeysAsync(string patientId, CancellationToken cancellationToken) =>
        db.CustomMetrics.AsNoTracking().Where(m => m.PatientId == patientId).Select(m => m.Key).ToListAsync(cancellationToken);

    /// <summary>32 random bytes, URL-safe (43 characters).</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static bool IsWellFormed(string? token) =>
        token is { Length: > 0 and <= 100 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
