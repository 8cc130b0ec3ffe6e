using Healactively.Domain.Metrics;
using Healactively.Domain.Outcomes;
using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Outcomes;

/// <summary>One thing a goal can measure: a metric, the PSFS or PEG score, or one PSFS activity.</summary>
public sealed record GoalMetricOption(string Key, string Label, string Unit, decimal Min, decimal Max, bool LowerIsBetter);

/// <summary>What a patient's goals can measure: the built-in metrics, their own metrics, their active PSFS activities and the two scores.</summary>
public sealed class GoalMetricOptions(AppDbContext db)
{
    public async Task<IReadOnlyList<GoalMetricOption>> ForAsync(string patientId, CancellationToken cancellationToken)
    {
        var custom = await db.CustomMetrics.AsNoTracking().Where(m => m.PatientId == patientId).OrderBy(m => m.Id)
            .Select(m => new { m.Key, m.Name, m.Unit, m.Direction }).ToListAsync(cancellationToken);
        var activities = await ActivePsfs.Current(db, patientId).AsNoTracking().Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        return
        [
            new(BuiltInMetrics.SittingKey, "Sitting (longest comfortable, minutes)", "min", 0, 1440, false),
            new(BuiltInMetrics.WalkingKey, "Walking (longest walk, metres)", "m", 0, 100000, false),
            new(BuiltInMetrics.PainKey, "Pain (0–10, lower is better)", "points", 0, 10, true),
            .. custom.Select(m => new GoalMetricOption(m.Key, m.Name, m.Unit, -1_000_000, 1_000_000, m.Direction == Direction.LowerIsBetter)),
            .. activities.Select(a => new GoalMetricOption(OutcomeKeys.Activity(a.Id), $"Activity rating: {a.Name} (0–10)", string.Empty, 0, 10, false)),
            new(OutcomeKeys.Psfs, "Activities score (PSFS, 0–10)", string.Empty, 0, 10, false),
            new(OutcomeKeys.Peg, "Pain and its interference (PEG, 0–10, lower is better)", string.Empty, 0, 10, true),
        ];
    }
}
