namespace Healactively.Domain.Wins.Moments;

/// <summary>
/// The strength order of win-presentation.md: 1 is the strongest. Outcome wins slot in beside it: a goal reached is as
/// strong as a faster flare-up recovery, a meaningful PSFS or PEG change as a meaningful month improvement, a smaller one
/// as a micro month improvement.
/// </summary>
public static class WinStrength
{
    public const int Strongest = 1;
    public const int Weakest = 9;

    public static int Of(WinKind kind, WinWindow? window, WinTier? tier) => kind switch
    {
        WinKind.FlareRecoveryFaster or WinKind.GoalReached => 1,
        WinKind.PsfsActivity or WinKind.PsfsScore or WinKind.PegScore when tier == WinTier.Meaningful => 2,
        WinKind.PsfsActivity or WinKind.PsfsScore or WinKind.PegScore => 7,
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
