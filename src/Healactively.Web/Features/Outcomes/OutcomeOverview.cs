namespace Healactively.Web.Features.Outcomes;

/// <summary>A patient's outcome measures and goals over a date range (outcome-measures.md), for their pages and their clinician's.</summary>
public sealed record OutcomeOverview(
    IReadOnlyList<ScorePoint> Psfs,
    IReadOnlyList<ScorePoint> Peg,
    IReadOnlyList<ActivityRatings> Activities,
    IReadOnlyList<GoalStatus> Goals,
    DateOnly? LastCheckIn)
{
    public bool IsEmpty => Psfs.Count == 0 && Peg.Count == 0 && Activities.Count == 0 && Goals.Count == 0;
}

/// <summary>One check-in's score.</summary>
public sealed record ScorePoint(DateOnly Date, decimal Score);

/// <summary>An activity rated now (or in the range), with its first and latest ratings.</summary>
public sealed record ActivityRatings(long Id, string Name, int? FirstRating, DateOnly? FirstDate, int? LatestRating, DateOnly? LatestDate, DateOnly? RetiredOn);

/// <summary>A goal with its starting point, latest value, progress and the date it was reached.</summary>
public sealed record GoalStatus(
    long Id,
    string Title,
    string Metric,
    string MetricLabel,
    string Unit,
    decimal Target,
    DateOnly? TargetDate,
    DateOnly SetOn,
    decimal? StartingPoint,
    decimal? Latest,
    int? ProgressPercent,
    DateOnly? ReachedOn,
    bool Ended)
{
    /// <summary>"62 % of the way from 45 to 120 min", or null without a starting point or a value yet.</summary>
    public string? ProgressText => ProgressPercent is { } p && StartingPoint is { } s
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{p} % of the way from {Domain.Metrics.MetricFormat.FormatNumber(s)} to {Domain.Metrics.MetricFormat.FormatNumber(Target)}{(Unit.Length > 0 ? " " + Unit : string.Empty)}")
        : null;
}
