using System.Globalization;
using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Supporters;

/// <summary>One person who sees what the patient shares, as the patient's Supporters page lists them.</summary>
public sealed record SupporterRow(
    long LinkId,
    string Name,
    string Email,
    string Since,
    string SeesWords,
    IReadOnlyList<string> Subjects,
    bool ShareWeekSummary,
    bool DigestEnabled,
    bool CheersMuted);

/// <summary>An invitation still waiting for its answer.</summary>
public sealed record PendingInvitationRow(long Id, string Who, string Expires, string SeesWords);

public sealed record SupportersView(
    IReadOnlyList<SupporterRow> Supporters,
    IReadOnlyList<PendingInvitationRow> Pending,
    IReadOnlyList<(string Key, string Name)> CustomMetrics);

/// <summary>Everything the patient's Supporters page shows; every query is scoped to the patient.</summary>
public sealed class SupportersQuery(AppDbContext db, TimeProvider clock)
{
    public async Task<SupportersView> RunAsync(string patientId, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var custom = await CustomMetricsAsync(patientId, cancellationToken);
        var customKeys = custom.Select(c => c.Key).ToArray();
        var customNames = custom.ToDictionary(c => c.Key, c => c.Name, StringComparer.Ordinal);

        var links = await db.SupporterLinks.AsNoTracking()
            .Where(l => l.PatientId == patientId && l.RevokedAt == null)
            .Join(db.Users, l => l.SupporterId, u => u.Id, (l, u) => new
            {
                l.Id,
                l.Name,
                u.DisplayName,
                u.Email,
                l.CreatedAt,
                l.Subjects,
                l.ShareWeekSummary,
                l.DigestEnabled,
                l.CheersMuted,
            })
            .ToListAsync(cancellationToken);
        var supporters = links
            .OrderBy(l => l.CreatedAt).ThenBy(l => l.Id)
            .Select(l =>
            {
                var subjects = SupporterSubjects.Parse(l.Subjects, customKeys);
                return new SupporterRow(
                    l.Id,
                    string.IsNullOrWhiteSpace(l.Name) ? l.DisplayName : l.Name,
                    l.Email ?? string.Empty,
                    Local(l.CreatedAt, zone, "d MMMM yyyy"),
                    SupporterSubjects.Words(subjects, l.ShareWeekSummary, customNames),
                    subjects,
                    l.ShareWeekSummary,
                    l.DigestEnabled,
                    l.CheersMuted);
            })
            .ToArray();

        var now = clock.GetUtcNow();
        var invitations = await db.SupporterInvitations.AsNoTracking()
            .Where(i => i.PatientId == patientId && i.UsedAt == null && i.CancelledAt == null)
            .Select(i => new { i.Id, i.Email, i.Name, i.ExpiresAt, i.Subjects, i.ShareWeekSummary, i.CreatedAt })
            .ToListAsync(cancellationToken);
        var pending = invitations
            .Where(i => i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .Select(i => new PendingInvitationRow(
                i.Id,
                i.Name is null ? i.Email : $"{i.Name} ({i.Email})",
                Local(i.ExpiresAt, zone, "d MMMM yyyy"),
                SupporterSubjects.Words(SupporterSubjects.Parse(i.Subjects, customKeys), i.ShareWeekSummary, customNames)))
            .ToArray();
        return new SupportersView(supporters, pending, custom);
    }

    /// <summary>The patient's active link with this id, for the edit and revoke pages; null when not theirs or revoked.</summary>
    public async Task<SupporterRow?> FindAsync(string patientId, long linkId, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        var view = await RunAsync(patientId, zone, cancellationToken);
        return view.Supporters.FirstOrDefault(s => s.LinkId == linkId);
    }

    public async Task<IReadOnlyList<(string Key, string Name)>> CustomMetricsAsync(string patientId, CancellationToken cancellationToken = default)
    {
        var rows = await db.CustomMetrics.AsNoTracking()
            .Where(m => m.PatientId == patientId)
            .OrderBy(m => m.Id)
            .Select(m => new { m.Key, m.Name })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Key, r.Name))];
    }

    private static string Local(DateTimeOffset at, TimeZoneInfo zone, string format) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString(format, CultureInfo.InvariantCulture);
}
