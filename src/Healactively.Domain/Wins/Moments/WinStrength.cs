namespace Healactively.Domain.Wins.Moments;

/// <summary>The strength order of win-presentation.md: 1 is the strongest.</summary>
public static class WinStrength
{
    public const int Strongest = 1;
    public const int Weakest = 9;

    public static int Of(WinKind kind, WinWindow? window, WinTier? tier) => kind switch
    {
        WinKind.FlareRecoveryFaster => 1,
        WinKind.Improvement when window == WinWindow.Month && tier == WinTier.Meaningful => 2,
        WinKind.PersonalBest => 3,
        WinKind.Improvement when tier == WinTier.Meaningful => 4,
        WinKind.FirstIn30Days => 5,
        WinKind.Streak => 6,
        WinKind.Improvement when window == WinWindow.Month => 7,
        WinKind.Improvement => 8,
        WinKind.MicroWin => 9,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
