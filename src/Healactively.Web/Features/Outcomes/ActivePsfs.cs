using Healactively.Web.Data;
using Healactively.Web.Data.Entities;

namespace Healactively.Web.Features.Outcomes;

/// <summary>The activities a check-in on a date rates: accepted, not declined, not retired on or before that date.</summary>
internal static class ActivePsfs
{
    public static IQueryable<PsfsActivity> Query(AppDbContext db, string patientId, DateOnly date) =>
        db.PsfsActivities.Where(a => a.PatientId == patientId && a.AcceptedAt != null && a.DeclinedAt == null
            && (a.RetiredOn == null || a.RetiredOn > date))
            .OrderBy(a => a.Id);

    /// <summary>Active now (not retired at all): what counts toward the limit of five.</summary>
    public static IQueryable<PsfsActivity> Current(AppDbContext db, string patientId) =>
        db.PsfsActivities.Where(a => a.PatientId == patientId && a.AcceptedAt != null && a.DeclinedAt == null && a.RetiredOn == null)
            .OrderBy(a => a.Id);
}
