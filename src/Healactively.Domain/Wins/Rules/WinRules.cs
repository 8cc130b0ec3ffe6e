namespace Healactively.Domain.Wins.Rules;

/// <summary>The numbers of the win kinds that are not baselines (those are in <see cref="Metrics.Baselines"/>).</summary>
internal static class WinRules
{
    /// <summary>Entries the month window needs before a "first in 30 days" means something.</summary>
    public const int FirstIn30DaysMinEntries = 8;

    /// <summary>Earlier completed flare-ups a recovery is compared with (the most recent ones).</summary>
    public const int FlareHistory = 3;

    public static ReadOnlySpan<int> StreakLengths => [7, 14, 30, 60, 90, 180, 365];
}
