using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Outcomes;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Outcomes;

/// <summary>
/// A patient's goals through the <see cref="JournalWriter"/>: set (or accept a clinician's proposal), which fixes the
/// starting point on that day; end; decline a proposal. Wins are recomputed from the day a goal starts or ends counting.
/// Each method returns null when done, or the message saying why nothing changed.
/// </summary>
public sealed class ManageGoals(AppDbContext db, JournalWriter writer, PatientJournalLoader loader, GoalMetricOptions options)
{
    /// <summary>Checks a goal form against the patient's metrics; null when it is fine.</summary>
    public async Task<(string Field, string Message)?> ProblemAsync(PatientContext patient, GoalInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(input);
        var title = input.Title?.Trim() ?? string.Empty;
        if (title.Length == 0)
        {
            return ("Title", "Say what you want to be able to do, e.g. “Sit through a film”.");
        }

        if (title.Length > GoalRecord.TitleMaxLength)
        {
            return ("Title", $"Keep it to {GoalRecord.TitleMaxLength} characters or fewer.");
        }

        var option = (await options.ForAsync(patient.PatientId, cancellationToken)).FirstOrDefault(o => o.Key == input.Metric);
        if (option is null)
        {
            return ("Metric", "Choose what the goal measures from the list.");
        }

        if (input.Target is not { } target || target < option.Min || target > option.Max || decimal.Round(target, 2) != target)
        {
            return ("Target", $"Give a target from {MetricFormat.FormatNumber(option.Min)} to {MetricFormat.FormatNumber(option.Max)}.");
        }

        if (input.TargetDate is { } by && by < patient.Today)
        {
            return ("TargetDate", "A target date is today or later (or leave it empty).");
        }

        return null;
    }

    public async Task<string?> SetAsync(PatientContext patient, GoalInput input, CancellationToken cancellationToken = default)
    {
        if (await ProblemAsync(patient, input, cancellationToken) is { } problem)
        {
            return problem.Message;
        }

        return await writer.WriteAsync(
            new JournalWrite<string?>(patient, async (now, ct) =>
            {
                var goal = NewGoal(patient.PatientId, input, now);
                goal.AcceptedAt = now;
                goal.SetOn = patient.Today;
                goal.StartingPoint = await StartingPointAsync(patient, goal.Metric, goal.SetOn, ct);
                db.Goals.Add(goal);
                return new JournalChange<string?>.Write(goal.SetOn, _ => null);
            }),
            cancellationToken);
    }

    /// <summary>A linked clinician's proposal: waits for the patient, counts nothing until accepted.</summary>
    public async Task<string?> ProposeAsync(PatientContext patient, string clinicianId, GoalInput input, CancellationToken cancellationToken = default)
    {
        if (await ProblemAsync(patient, input, cancellationToken) is { } problem)
        {
            return problem.Message;
        }

        return await writer.WriteAsync(
            new JournalWrite<string?>(patient, (now, _) =>
            {
                var goal = NewGoal(patient.PatientId, input, now);
                goal.ProposedByClinicianId = clinicianId;
                goal.SetOn = patient.Today;
                db.Goals.Add(goal);
                return Task.FromResult<JournalChange<string?>>(new JournalChange<string?>.Write(null, _ => null));
            }),
            cancellationToken);
    }

    /// <summary>Accepting a proposal sets the goal from today, with today's starting point.</summary>
    public Task<string?> AcceptAsync(PatientContext patient, long id, CancellationToken cancellationToken = default) =>
        ChangeAsync(patient, id, pending: true, async (goal, now, ct) =>
        {
            goal.AcceptedAt = now;
            goal.SetOn = patient.Today;
            goal.StartingPoint = await StartingPointAsync(patient, goal.Metric, goal.SetOn, ct);
            return goal.SetOn;
        }, cancellationToken);

    public Task<string?> DeclineAsync(PatientContext patient, long id, CancellationToken cancellationToken = default) =>
        ChangeAsync(patient, id, pending: true, (goal, now, _) =>
        {
            goal.DeclinedAt = now;
            return Task.FromResult<DateOnly?>(null);
        }, cancellationToken);

    /// <summary>Ends a goal: a goal already reached stays reached; one not reached stops counting after today.</summary>
    public Task<string?> EndAsync(PatientContext patient, long id, CancellationToken cancellationToken = default) =>
        ChangeAsync(patient, id, pending: false, (goal, now, _) =>
        {
            goal.EndedAt = now;
            return Task.FromResult<DateOnly?>(patient.Today);
        }, cancellationToken);

    private Task<string?> ChangeAsync(
        PatientContext patient, long id, bool pending, Func<GoalRecord, DateTimeOffset, CancellationToken, Task<DateOnly?>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return writer.WriteAsync(
            new JournalWrite<string?>(patient, async (now, ct) =>
            {
                var mine = db.Goals.Where(g => g.Id == id && g.PatientId == patient.PatientId && g.DeclinedAt == null && g.EndedAt == null);
                var goal = await (pending ? mine.Where(g => g.AcceptedAt == null) : mine.Where(g => g.AcceptedAt != null)).SingleOrDefaultAsync(ct);
                if (goal is null)
                {
                    return new JournalChange<string?>.Unchanged(pending ? "This proposal is no longer waiting for you." : "This goal is not one of your current goals.");
                }

                var from = await change(goal, now, ct);
                return new JournalChange<string?>.Write(from, _ => null);
            }),
            cancellationToken);
    }

    private static GoalRecord NewGoal(string patientId, GoalInput input, DateTimeOffset now) => new()
    {
        PatientId = patientId,
        Title = input.Title!.Trim(),
        Metric = input.Metric!,
        Target = input.Target!.Value,
        TargetDate = input.TargetDate,
        CreatedAt = now,
    };

    /// <summary>
    /// The metric's median over the 30 days before <paramref name="day"/>; for a PSFS activity or score its last rating
    /// up to that day; otherwise the last value before it; null when there is none.
    /// </summary>
    private async Task<decimal?> StartingPointAsync(PatientContext patient, string metric, DateOnly day, CancellationToken cancellationToken)
    {
        var journal = await loader.LoadAsync(patient.PatientId, patient.DistanceUnit, cancellationToken);
        return StartingPoint(journal, metric, day);
    }

    internal static decimal? StartingPoint(PatientJournal journal, string metric, DateOnly day)
    {
        var series = OutcomeWinRules.Series(journal, metric).Where(p => p.Date <= day).ToList();
        if (series.Count == 0)
        {
            return null;
        }

        if (OutcomeKeys.IsOutcome(metric))
        {
            return series[^1].Value;
        }

        var month = series.Where(p => p.Date < day && p.Date >= day.AddDays(-Baselines.MonthDays)).Select(p => p.Value).ToList();
        return month.Count > 0 ? Baselines.Median(month) : series[^1].Value;
    }
}
