using Healactively.Domain.Outcomes;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;

namespace Healactively.Web.Features.Outcomes;

/// <summary>
/// A patient's PSFS and PEG scores over a date range, their activities with first and latest ratings, and their goals
/// with starting point, latest value, progress and the date reached. Read by the patient's Home and Progress pages and
/// the clinician's timeline and report. Computed once per journal stamp, local day and range
/// (<see cref="PatientViewCache"/>): it reads the whole journal, because a goal's progress needs the latest values.
/// </summary>
public sealed class OutcomeOverviewQuery(PatientJournalLoader loader, GoalMetricOptions options, PatientViewCache cache)
{
    public async Task<OutcomeOverview> ForAsync(PatientContext patient, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var view = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"outcomes:{from:yyyy-MM-dd}:{to:yyyy-MM-dd}");
        if (cache.TryGet<OutcomeOverview>(view, patient, out var cached))
        {
            return cached;
        }

        var computed = await ComputeAsync(patient, from, to, cancellationToken);
        cache.Set(view, patient, computed);
        return computed;
    }

    private async Task<OutcomeOverview> ComputeAsync(PatientContext patient, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var journal = await loader.LoadAsync(patient.PatientId, patient.DistanceUnit, cancellationToken);
        var history = journal.Outcomes;
        var inRange = history.CheckIns.Where(c => c.Date >= from && c.Date <= to).ToList();

        var activities = new List<ActivityRatings>();
        foreach (var activity in history.Activities)
        {
            var ratings = history.CheckIns.Where(c => c.Date <= to && c.Ratings.ContainsKey(activity.Id)).Select(c => (c.Date, Rating: c.Ratings[activity.Id])).ToList();
            var retiredBefore = activity.RetiredOn is { } r && r <= from;
            if (retiredBefore && ratings.All(x => x.Date < from))
            {
                continue;
            }

            activities.Add(new ActivityRatings(activity.Id, activity.Name,
                ratings.Count > 0 ? ratings[0].Rating : null, ratings.Count > 0 ? ratings[0].Date : null,
                ratings.Count > 0 ? ratings[^1].Rating : null, ratings.Count > 0 ? ratings[^1].Date : null,
                activity.RetiredOn));
        }

        var labels = (await options.ForAsync(patient.PatientId, cancellationToken)).ToDictionary(o => o.Key, StringComparer.Ordinal);
        var goals = new List<GoalStatus>();
        foreach (var goal in history.Goals.Where(g => g.SetOn <= to))
        {
            // The latest value recorded (a day back-filled after the goal was set counts too); reaching it counts from the set date.
            var values = OutcomeWinRules.Series(journal, goal.Metric).Where(p => p.Date <= to && (goal.EndedOn is not { } end || p.Date <= end)).ToList();
            decimal? latest = values.Count > 0 ? values[^1].Value : null;
            var reachedOn = ReachedOn(journal, goal);
            var label = labels.TryGetValue(goal.Metric, out var option) ? option : null;
            goals.Add(new GoalStatus(goal.Id, goal.Title, goal.Metric, label?.Label ?? LabelOf(goal.Metric, history), label?.Unit ?? string.Empty,
                goal.Target, goal.TargetDate, goal.SetOn, goal.StartingPoint, latest,
                reachedOn is not null && reachedOn <= to ? 100 : GoalProgress.Percent(goal.StartingPoint, goal.Target, latest),
                reachedOn is { } on && on <= to ? on : null,
                goal.EndedOn is not null));
        }

        return new OutcomeOverview(
            [.. inRange.Where(c => c.Psfs is not null).Select(c => new ScorePoint(c.Date, c.Psfs!.Value))],
            [.. inRange.Where(c => c.Peg is not null).Select(c => new ScorePoint(c.Date, c.Peg!.Value))],
            activities,
            goals,
            history.CheckIns.Count > 0 ? history.CheckIns[^1].Date : null);
    }

    private static DateOnly? ReachedOn(Domain.Journal.PatientJournal journal, Goal goal)
    {
        var lower = OutcomeWinRules.LowerIsBetter(journal, goal.Metric);
        foreach (var (date, value) in OutcomeWinRules.GoalValues(journal, goal))
        {
            if (GoalProgress.Meets(value, goal.Target, lower))
            {
                return date;
            }
        }

        return null;
    }

    private static string LabelOf(string metric, OutcomeHistory history) =>
        OutcomeKeys.TryParseActivity(metric, out var id) && history.FindActivity(id) is { } activity ? $"Activity rating: {activity.Name}" : metric;
}
