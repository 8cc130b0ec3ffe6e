using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Wins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Cheers;

/// <summary>A cheer as its patient reads it beside the moment: the reaction, the message, who sent it, and whether it is new.</summary>
public sealed record CheerView(long Id, long LinkId, string Reaction, string? Message, string SupporterName, bool IsNew);

/// <summary>The cheers on a page's moments, by moment (date and subject).</summary>
public sealed class CheersOnMoments(IReadOnlyDictionary<(DateOnly, string), IReadOnlyList<CheerView>> byMoment)
{
    public static CheersOnMoments None { get; } = new(new Dictionary<(DateOnly, string), IReadOnlyList<CheerView>>());

    public IReadOnlyList<CheerView> For(MomentCard moment)
    {
        ArgumentNullException.ThrowIfNull(moment);
        return byMoment.GetValueOrDefault((moment.Date, moment.Subject)) ?? [];
    }
}

/// <summary>
/// The patient's side of cheers: those shown beside their moments (never hidden ones, a muted supporter's or a revoked
/// link's), marking them seen, hiding one for good and muting a supporter. Every query is scoped by the patient.
/// </summary>
public sealed class PatientCheers(AppDbContext db, TimeProvider clock, ILogger<PatientCheers> logger)
{
    public async Task<CheersOnMoments> ForMomentsAsync(string patientId, IEnumerable<MomentCard> moments, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(moments);
        var shown = moments.Select(m => (m.Date, m.Subject)).ToHashSet();
        if (shown.Count == 0)
        {
            return CheersOnMoments.None;
        }

        var first = shown.Min(m => m.Date);
        var last = shown.Max(m => m.Date);
        var rows = await (
                from c in db.Cheers.AsNoTracking()
                join l in db.SupporterLinks on c.SupporterLinkId equals l.Id
                join u in db.Users on c.SupporterId equals u.Id
                where c.PatientId == patientId && l.PatientId == patientId && c.MomentDate >= first && c.MomentDate <= last
                    && c.HiddenAt == null && l.RevokedAt == null && !l.CheersMuted
                orderby c.Id
                select new { c.Id, LinkId = l.Id, c.MomentDate, c.MomentSubject, c.Reaction, c.Message, c.SeenAt, LinkName = l.Name, u.DisplayName })
            .ToListAsync(cancellationToken);
        var byMoment = rows
            .Where(r => shown.Contains((r.MomentDate, r.MomentSubject)))
            .GroupBy(r => (r.MomentDate, r.MomentSubject))
            .ToDictionary(
                g => g.Key,
                IReadOnlyList<CheerView> (g) => [.. g.Select(r => new CheerView(
                    r.Id, r.LinkId, SendCheer.Label(r.Reaction), r.Message, NameOf(r.LinkName, r.DisplayName), r.SeenAt is null))]);
        return new CheersOnMoments(byMoment);
    }

    /// <summary>Marks the patient's cheers with these ids seen (a POST: just loading a page changes nothing).</summary>
    public async Task MarkSeenAsync(string patientId, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var wanted = ids.Take(200).ToArray();
        await db.Cheers
            .Where(c => c.PatientId == patientId && c.SeenAt == null && wanted.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.SeenAt, now), cancellationToken);
    }

    /// <returns>False when the patient has no such cheer.</returns>
    public async Task<bool> HideAsync(string patientId, long cheerId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var found = await db.Cheers.Where(c => c.Id == cheerId && c.PatientId == patientId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.HiddenAt, c => c.HiddenAt ?? now).SetProperty(c => c.SeenAt, c => c.SeenAt ?? now), cancellationToken);
        if (found > 0)
        {
            CheersLog.Hidden(logger, cheerId);
        }

        return found > 0;
    }

    /// <returns>False when the patient has no such supporter link.</returns>
    public async Task<bool> SetMutedAsync(string patientId, long linkId, bool muted, CancellationToken cancellationToken)
    {
        var found = await db.SupporterLinks.Where(l => l.Id == linkId && l.PatientId == patientId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.CheersMuted, muted), cancellationToken);
        if (found > 0)
        {
            CheersLog.Muted(logger, linkId, muted);
        }

        return found > 0;
    }

    private static string NameOf(string? linkName, string displayName) =>
        !string.IsNullOrWhiteSpace(linkName) ? linkName.Trim() : string.IsNullOrWhiteSpace(displayName) ? "Your supporter" : displayName.Trim();
}
