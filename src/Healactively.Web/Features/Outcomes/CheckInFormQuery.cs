using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Outcomes;

/// <summary>What the check-in form shows for one date: the activities to rate and the answers already saved that day.</summary>
public sealed record CheckInFormData(
    DateOnly Date,
    IReadOnlyList<(long Id, string Name)> Activities,
    IReadOnlyDictionary<long, int> Ratings,
    int? PegPain,
    int? PegEnjoyment,
    int? PegActivity,
    bool Saved,
    IReadOnlyList<(long Id, string Name)> CurrentActivities);

public sealed class CheckInFormQuery(AppDbContext db)
{
    public async Task<CheckInFormData> ForAsync(string patientId, DateOnly date, CancellationToken cancellationToken = default)
    {
        var activities = await ActivePsfs.Query(db, patientId, date).AsNoTracking().Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var current = await ActivePsfs.Current(db, patientId).AsNoTracking().Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var saved = await db.OutcomeCheckIns.AsNoTracking()
            .Where(c => c.PatientId == patientId && c.Date == date)
            .Select(c => new { c.PegPain, c.PegEnjoyment, c.PegActivity, Ratings = c.Ratings.Select(r => new { r.ActivityId, r.Rating }).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        return new CheckInFormData(
            date,
            [.. activities.Select(a => (a.Id, a.Name))],
            saved?.Ratings.ToDictionary(r => r.ActivityId, r => r.Rating) ?? [],
            saved?.PegPain,
            saved?.PegEnjoyment,
            saved?.PegActivity,
            saved is not null,
            [.. current.Select(a => (a.Id, a.Name))]);
    }
}
