using System.Globalization;
using Healactively.Domain.Metrics;
using Healactively.Web.Features.Journal;

namespace Healactively.Web.Features.Outcomes;

/// <summary>The outcome overview in the third person, as the clinician's timeline, the visit report and its PDF write it.</summary>
public static class OutcomeOverviewText
{
    public const string Heading = "Outcome measures and goals";

    public const string Empty = "No weekly check-ins or goals yet.";

    public static string? Psfs(OutcomeOverview overview) => Series("PSFS (mean of the activity ratings, 0–10, higher is better)", overview.Psfs);

    public static string? Peg(OutcomeOverview overview) => Series("PEG (pain and its interference, 0–10, lower is better)", overview.Peg);

    public static string Activity(ActivityRatings activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var ratings = activity.FirstRating is { } first
            ? $"first rated {first} ({JournalDates.ToShort(activity.FirstDate!.Value)}), latest {activity.LatestRating} ({JournalDates.ToShort(activity.LatestDate!.Value)})"
            : "not rated yet";
        var retired = activity.RetiredOn is { } r ? $"; retired {JournalDates.ToShort(r)}" : string.Empty;
        return $"{activity.Name}: {ratings}{retired}";
    }

    public static string Goal(GoalStatus goal)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var state = goal.ReachedOn is { } on ? $"reached on {JournalDates.ToShort(on)}" : goal.ProgressText ?? "no value since it was set";
        return $"Goal “{goal.Title}” ({goal.MetricLabel}, target {MetricFormat.FormatNumber(goal.Target)}): {state}{(goal.Ended ? "; ended" : string.Empty)}";
    }

    /// <summary>Every line of the overview, in the order the pages show them.</summary>
    public static IReadOnlyList<string> Lines(OutcomeOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        if (overview.IsEmpty)
        {
            return [Empty];
        }

        return [.. new[] { Psfs(overview), Peg(overview) }.OfType<string>(), .. overview.Activities.Select(Activity), .. overview.Goals.Select(Goal)];
    }

    // The spec shows scores with 2 decimals.
    private static string? Series(string name, IReadOnlyList<ScorePoint> points) =>
        points.Count == 0 ? null : $"{name}: {string.Join(" · ", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{JournalDates.ToShort(p.Date)}: {p.Score:0.00}")))}";
}
