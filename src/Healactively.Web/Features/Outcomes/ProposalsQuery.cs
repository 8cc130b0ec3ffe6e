using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Outcomes;

/// <summary>A clinician's proposal waiting for the patient: an activity to rate, or a goal.</summary>
public sealed record ActivityProposal(long Id, string Name, string ClinicianName);

public sealed record GoalProposal(long Id, string Title, string Metric, decimal Target, DateOnly? TargetDate, string ClinicianName);

/// <summary>The proposals waiting for a patient (neither accepted nor declined).</summary>
public sealed class ProposalsQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<ActivityProposal>> ActivitiesAsync(string patientId, CancellationToken cancellationToken = default) =>
        await db.PsfsActivities.AsNoTracking()
            .Where(a => a.PatientId == patientId && a.AcceptedAt == null && a.DeclinedAt == null)
            .OrderBy(a => a.Id)
            .Select(a => new ActivityProposal(a.Id, a.Name, db.Users.Where(u => u.Id == a.ProposedByClinicianId).Select(u => u.DisplayName).FirstOrDefault() ?? "Your clinician"))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<GoalProposal>> GoalsAsync(string patientId, CancellationToken cancellationToken = default) =>
        await db.Goals.AsNoTracking()
            .Where(g => g.PatientId == patientId && g.AcceptedAt == null && g.DeclinedAt == null)
            .OrderBy(g => g.Id)
            .Select(g => new GoalProposal(g.Id, g.Title, g.Metric, g.Target, g.TargetDate, db.Users.Where(u => u.Id == g.ProposedByClinicianId).Select(u => u.DisplayName).FirstOrDefault() ?? "Your clinician"))
            .ToListAsync(cancellationToken);
}
