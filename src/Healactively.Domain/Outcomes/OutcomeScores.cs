namespace Healactively.Domain.Outcomes;

/// <summary>The scores of outcome-measures.md and the limits of their answers.</summary>
public static class OutcomeScores
{
    public const int MinRating = 0;
    public const int MaxRating = 10;

    public static bool IsRating(int value) => value is >= MinRating and <= MaxRating;

    /// <summary>Mean of the three PEG items, 2 decimals; null when one is missing.</summary>
    public static decimal? Peg(int? pain, int? enjoyment, int? activity) =>
        pain is { } p && enjoyment is { } e && activity is { } a ? Round((p + e + a) / 3m) : null;

    /// <summary>Mean of the ratings, 2 decimals; null without ratings.</summary>
    public static decimal? Psfs(IEnumerable<int> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var list = ratings as IReadOnlyCollection<int> ?? [.. ratings];
        return list.Count == 0 ? null : Round((decimal)list.Sum() / list.Count);
    }

    internal static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
