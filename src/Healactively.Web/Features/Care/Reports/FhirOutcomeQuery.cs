using Healactively.Domain.Outcomes;
using Healactively.Web.Features.Outcomes;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;

namespace Healactively.Web.Features.Care.Reports;

/// <summary>Where a goal stands, as the FHIR export says it (Goal.lifecycleStatus and achievementStatus).</summary>
public enum FhirGoalState
{
    /// <summary>Proposed by a linked clinician, not yet accepted or declined by the patient.</summary>
    Proposed,

    /// <summary>Accepted (or set by the patient) and being pursued.</summary>
    Active,

    /// <summary>The value met the target: reached goals stay reached.</summary>
    Reached,

    /// <summary>Ended by the patient before it was reached.</summary>
    Ended,
}

/// <summary>A goal as the FHIR export needs it; <paramref name="SetOn"/> is null for a proposal not yet accepted.</summary>
public sealed record FhirGoal(long Id, string Title, string Metric, string MetricLabel, string Unit, decimal Target, DateOnly? TargetDate, DateOnly? SetOn, FhirGoalState State);

/// <summary>A patient's PSFS activities, check-ins and goals (accepted, reached, ended and waiting proposals) for the FHIR export.</summary>
public sealed record FhirOutcomes(OutcomeHistory History, IReadOnlyList<FhirGoal> Goals)
{
    public static FhirOutcomes Empty { get; } = new(OutcomeHistory.Empty, []);
}

/// <summary>Reads <see cref="FhirOutcomes"/> from the outcome queries the patient's and clinician's pages already use.</summary>
public sealed class FhirOutcomeQuery(OutcomeHistoryLoader history, OutcomeOverviewQuery overview, ProposalsQuery proposals, GoalMetricOptions options)
{
    public async Task<FhirOutcomes> ForAsync(PatientContext patient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var outcomes = await history.LoadAsync(patient.PatientId, cancellationToken);
        var statuses = (await overview.ForAsync(patient, DateOnly.MinValue, patient.Today, cancellationToken)).Goals;
        var labels = (await options.ForAsync(patient.PatientId, cancellationToken)).ToDictionary(o => o.Key, StringComparer.Ordinal);

        var goals = statuses.Select(g => new FhirGoal(g.Id, g.Title, g.Metric, g.MetricLabel, g.Unit, g.Target, g.TargetDate, g.SetOn,
            g.ReachedOn is not null ? FhirGoalState.Reached : g.Ended ? FhirGoalState.Ended : FhirGoalState.Active)).ToList();
        foreach (var proposal in await proposals.GoalsAsync(patient.PatientId, cancellationToken))
        {
            var label = labels.TryGetValue(proposal.Metric, out var option) ? option : null;
            goals.Add(new FhirGoal(proposal.Id, proposal.Title, proposal.Metric, label?.Label ?? proposal.Metric, label?.Unit ?? string.Empty,
                proposal.Target, proposal.TargetDate, SetOn: null, FhirGoalState.Proposed));
        }

        return new FhirOutcomes(outcomes, [.. goals.OrderBy(g => g.Id)]);
    }
}
