namespace Healactively.Domain.Wins;

/// <summary>The spec's spelling of kinds, windows and tiers (as stored and exported).</summary>
public static class WinKeys
{
    public const string FlareMetric = "flare";
    public const string StreakMetric = "journal";

    public static string Of(WinKind kind) => kind switch
    {
        WinKind.Improvement => "improvement",
        WinKind.PersonalBest => "personal_best",
        WinKind.FlareRecoveryFaster => "flare_recovery_faster",
        WinKind.Streak => "streak",
        WinKind.MicroWin => "micro_win",
        WinKind.FirstIn30Days => "first_in_30_days",
        WinKind.PsfsActivity => "psfs_activity",
        WinKind.PsfsScore => "psfs_score",
        WinKind.PegScore => "peg_score",
        WinKind.GoalReached => "goal_reached",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Of(WinWindow? window) => window switch
    {
        null => string.Empty,
        WinWindow.Week => "week",
        WinWindow.Month => "month",
        _ => throw new ArgumentOutOfRangeException(nameof(window)),
    };

    public static string Of(WinTier? tier) => tier switch
    {
        null => string.Empty,
        WinTier.Micro => "micro",
        WinTier.Meaningful => "meaningful",
        _ => throw new ArgumentOutOfRangeException(nameof(tier)),
    };

    public static IReadOnlyList<WinKind> AllKinds { get; } = Enum.GetValues<WinKind>();

    public static bool TryParseKind(string? text, out WinKind kind)
    {
        foreach (var candidate in AllKinds)
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
