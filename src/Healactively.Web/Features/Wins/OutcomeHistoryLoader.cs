using Healactively.Domain.Calendar;
using Healactively.Domain.Outcomes;
using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Wins;

/// <summary>
/// The outcome part of the journal the win rules read (<see cref="PatientJournalLoader"/>): one patient's PSFS
/// activities, check-ins and accepted goals. Proposals not yet accepted and declined ones are not part of the history.
/// </summary>
public sealed class OutcomeHistoryLoader(AppDbContext db)
{
    public async Task<OutcomeHistory> LoadAsync(string patientId, CancellationToken cancellationToken = default)
    {
        var activities = await db.PsfsActivities.AsNoTracking()
            .Where(a => a.PatientId == patientId && a.AcceptedAt != null)
            .OrderBy(a => a.Id)
            .Select(a => new PsfsActivityRef(a.Id, a.Name, a.RetiredOn))
            .ToListAsync(cancellationToken);
        var checkIns = await db.OutcomeCheckIns.AsNoTracking()
            .Where(c => c.PatientId == patientId)
            .OrderBy(c => c.Date)
            .Select(c => new { c.Date, c.PegPain, c.PegEnjoyment, c.PegActivity, Ratings = c.Ratings.Select(r => new { r.ActivityId, r.Rating }).ToList() })
            .ToListAsync(cancellationToken);
        var goals = await db.Goals.AsNoTracking()
            .Where(g => g.PatientId == patientId && g.AcceptedAt != null && g.DeclinedAt == null)
            .OrderBy(g => g.Id)
            .ToListAsync(cancellationToken);

        TimeZoneInfo zone = TimeZoneInfo.Utc;
        if (goals.Any(g => g.EndedAt is not null))
        {
            var zoneId = await db.Users.AsNoTracking().Where(u => u.Id == patientId).Select(u => u.TimeZoneId).SingleOrDefaultAsync(cancellationToken);
            zone = zoneId is not null && PatientCalendar.TryFindZone(zoneId, out var found) ? found : TimeZoneInfo.Utc;
        }

        return new OutcomeHistory(
            activities,
            checkIns.Select(c => new CheckIn(c.Date, c.Ratings.ToDictionary(r => r.ActivityId, r => r.Rating), c.PegPain, c.PegEnjoyment, c.PegActivity)),
            goals.Select(g => new Goal(g.Id, g.Title, g.Metric, g.Target, g.SetOn, g.StartingPoint,
                g.EndedAt is { } ended ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ended, zone).DateTime) : null, g.TargetDate)));
    }
}
