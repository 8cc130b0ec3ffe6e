namespace Healactively.Domain.Wins.Rules;

/// <summary>The numbers of the spec's windows and thresholds, in one place.</summary>
internal static class WinRules
{
    /// <summary>The week window is D-7 … D-1.</summary>
    public const int WeekDays = 7;

    /// <summary>The month window is D-30 … D-1.</summary>
    public const int MonthDays = 30;

    public const int WeekMinValues = 3;

    public const int MonthMinValues = 8;

    /// <summary>Entries the month window needs before a "first in 30 days" means something.</summary>
    public const int FirstIn30DaysMinEntries = 8;

    /// <summary>Earlier completed flare-ups a recovery is compared with (the most recent ones).</summary>
    public const int FlareHistory = 3;

    public static ReadOnlySpan<int> StreakLengths => [7, 14, 30, 60, 90, 180, 365];
}
