namespace Healactively.Domain.Wins;

public enum WinKind
{
    Improvement,
    PersonalBest,
    FlareRecoveryFaster,
    Streak,
    MicroWin,
    FirstIn30Days,
}

public enum WinWindow
{
    Week,
    Month,
}

public enum WinTier
{
    Micro,
    Meaningful,
}
