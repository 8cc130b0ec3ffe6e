using System.Globalization;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Care;

/// <summary>A clinician who can read the patient's journal now.</summary>
public sealed record CareTeamMember(long LinkId, string Name, string Since);

/// <summary>One look at the patient's data, in the patient's words and zone.</summary>
public sealed record CareTeamLook(string Who, string What, string When, bool Allowed);

/// <summary>Who has access, how many codes are open, and who looked at the journal (newest first, paged).</summary>
public sealed record CareTeamView(
    IReadOnlyList<CareTeamMember> Members,
    int OpenCodes,
    IReadOnlyList<CareTeamLook> Looks,
    int TotalLooks,
    int PageNumber,
    int PageCount);

/// <summary>Everything the Care team page shows; every query is scoped to the signed-in patient.</summary>
public sealed class CareTeamQuery(AppDbContext db, ShareCodes shareCodes)
{
    public const int LooksPerPage = 20;

    /// <summary>The audit action of a supporter's read of the moments shared with them.</summary>
    public const string SharedWinsAction = "shared-wins";

    /// <summary>The audit action of a supporter's cheer: it reads the shared moment it cheers.</summary>
    public const string CheerAction = "cheer";

    public async Task<CareTeamView> RunAsync(PatientContext patient, int pageNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var links = await db.CareLinks.AsNoTracking()
            .Where(l => l.PatientId == patient.PatientId && l.RevokedAt == null)
            .Join(db.Users, l => l.ClinicianId, u => u.Id, (l, u) => new { l.Id, l.ClinicianId, u.DisplayName, l.CreatedAt })
            .ToListAsync(cancellationToken);
        var members = links
            .OrderBy(l => l.CreatedAt).ThenBy(l => l.Id)
            .Select(l => new CareTeamMember(l.Id, l.DisplayName, FormatLocal(l.CreatedAt.UtcDateTime, patient.Zone, "d MMMM yyyy")))
            .ToArray();

        var mine = db.AuditEvents.AsNoTracking().Where(a => a.PatientId == patient.PatientId);
        var total = await mine.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + LooksPerPage - 1) / LooksPerPage);
        var page = Math.Clamp(pageNumber, 1, pageCount);
        var events = await mine
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id)
            .Skip((page - 1) * LooksPerPage).Take(LooksPerPage)
            .Select(a => new { a.ActorId, a.Action, a.AtUtc, a.Outcome })
            .ToListAsync(cancellationToken);

        var actorIds = events.Select(e => e.ActorId).Where(id => id.Length > 0).Distinct().ToArray();
        var names = await db.Users.AsNoTracking()
            .Where(u => actorIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName })
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var linkedNow = links.Select(l => l.ClinicianId).ToHashSet(StringComparer.Ordinal);

        // Supporters are named as the patient named them, and marked as supporters ("Sam (supporter)").
        var supporters = await db.SupporterLinks.AsNoTracking()
            .Where(l => l.PatientId == patient.PatientId && actorIds.Contains(l.SupporterId))
            .Select(l => new { l.SupporterId, l.Name, l.RevokedAt, l.Id })
            .ToListAsync(cancellationToken);
        var supporterNames = supporters
            .GroupBy(l => l.SupporterId, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var latest = g.OrderByDescending(l => l.Id).First();
                    var name = string.IsNullOrWhiteSpace(latest.Name) ? names.GetValueOrDefault(g.Key, "a supporter") : latest.Name;
                    return g.Any(l => l.RevokedAt == null) ? $"{name} (supporter)" : $"{name} (a supporter who no longer has access)";
                },
                StringComparer.Ordinal);

        var looks = events.Select(e => new CareTeamLook(
                supporterNames.GetValueOrDefault(e.ActorId) ?? Who(e.ActorId, names, linkedNow),
                ActionWords(e.Action),
                FormatLocal(e.AtUtc, patient.Zone, "d MMM yyyy, HH:mm"),
                e.Outcome == AuditOutcome.Allowed))
            .ToArray();

        return new CareTeamView(members, await shareCodes.OpenCountAsync(patient.PatientId, cancellationToken), looks, total, page, pageCount);
    }

    /// <summary>What a clinician page read, in the patient's words (the one mapping: <see cref="AuditActions"/>).</summary>
    public static string ActionWords(string action) => AuditActions.InWords(action);

    private static string Who(string actorId, Dictionary<string, string> names, HashSet<string> linkedNow)
    {
        if (actorId.Length == 0 || !names.TryGetValue(actorId, out var name))
        {
            return actorId.Length == 0 ? "unknown" : "a clinician whose account no longer exists";
        }

        return linkedNow.Contains(actorId) ? name : $"{name} (a clinician who is no longer linked)";
    }

    private static string FormatLocal(DateTime utc, TimeZoneInfo zone, string format) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone).ToString(format, CultureInfo.InvariantCulture);
}
