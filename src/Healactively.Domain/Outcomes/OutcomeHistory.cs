namespace Healactively.Domain.Outcomes;

/// <summary>One PSFS activity as the rules read it: its id (the win metric is <c>psfs:{id}</c>) and name.</summary>
/// <param name="RetiredOn">From this date on it is no longer rated; ratings dated on or after it are not read.</param>
public sealed record PsfsActivityRef(long Id, string Name, DateOnly? RetiredOn = null)
{
    /// <summary>The metric key of the activity in wins and goals.</summary>
    public string Key => OutcomeKeys.Activity(Id);
}

/// <summary>A weekly check-in: PSFS ratings (activity id → 0–10) and the three PEG items (0–10, null when not answered).</summary>
public sealed record CheckIn(DateOnly Date, IReadOnlyDictionary<long, int> Ratings, int? PegPain = null, int? PegEnjoyment = null, int? PegActivity = null)
{
    /// <summary>The PEG score (mean of the three items), or null when an item is missing.</summary>
    public decimal? Peg => OutcomeScores.Peg(PegPain, PegEnjoyment, PegActivity);

    /// <summary>The PSFS score (mean of the ratings), or null without ratings.</summary>
    public decimal? Psfs => OutcomeScores.Psfs(Ratings.Values);
}

/// <summary>An accepted goal: reach <see cref="Target"/> on <see cref="Metric"/> (a metric key or <c>psfs:{id}</c>).</summary>
/// <param name="EndedOn">The date the patient ended it; values after it are not read.</param>
public sealed record Goal(long Id, string Title, string Metric, decimal Target, DateOnly SetOn, decimal? StartingPoint = null, DateOnly? EndedOn = null, DateOnly? TargetDate = null);

/// <summary>Everything the outcome rules read: activities, check-ins and goals.</summary>
public sealed class OutcomeHistory
{
    public OutcomeHistory(IEnumerable<PsfsActivityRef>? activities = null, IEnumerable<CheckIn>? checkIns = null, IEnumerable<Goal>? goals = null)
    {
        Activities = [.. activities ?? []];
        CheckIns = [.. (checkIns ?? []).OrderBy(c => c.Date)];
        for (var i = 1; i < CheckIns.Count; i++)
        {
            if (CheckIns[i].Date == CheckIns[i - 1].Date)
            {
                throw new ArgumentException($"Two check-ins on {CheckIns[i].Date:yyyy-MM-dd}: at most one per date.", nameof(checkIns));
            }
        }

        Goals = [.. goals ?? []];
    }

    public static OutcomeHistory Empty { get; } = new();

    public IReadOnlyList<PsfsActivityRef> Activities { get; }

    /// <summary>In date order, at most one per date.</summary>
    public IReadOnlyList<CheckIn> CheckIns { get; }

    public IReadOnlyList<Goal> Goals { get; }

    public bool IsEmpty => CheckIns.Count == 0 && Goals.Count == 0;

    public PsfsActivityRef? FindActivity(long id) => Activities.FirstOrDefault(a => a.Id == id);
}
