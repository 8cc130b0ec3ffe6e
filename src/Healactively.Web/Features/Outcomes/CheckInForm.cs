namespace Healactively.Web.Features.Outcomes;

/// <summary>What a check-in form posts: a 0–10 rating per active activity (by id) and the three PEG items.</summary>
public sealed record CheckInAnswers(IReadOnlyDictionary<long, int?> Ratings, int? PegPain, int? PegEnjoyment, int? PegActivity);

/// <summary>The answer to a check-in save.</summary>
public abstract record CheckInOutcome
{
    /// <summary>Saved (created or replaced); the wins the check-in's date has now.</summary>
    public sealed record Saved(bool Replaced, IReadOnlyList<Domain.Wins.Win> Wins) : CheckInOutcome;

    /// <summary>Nothing saved; the field and the reason, as the form shows them.</summary>
    public sealed record Refused(string Field, string Message) : CheckInOutcome;
}
