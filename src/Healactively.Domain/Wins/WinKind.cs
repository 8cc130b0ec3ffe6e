namespace Healactively.Domain.Wins;

public enum WinKind
{
    Improvement,
    PersonalBest,
    FlareRecoveryFaster,
    Streak,
    MicroWin,
    FirstIn30Days,

    // Outcome measures (outcome-measures.md); stored as ints, so new kinds go at the end.
    PsfsActivity,
    PsfsScore,
    PegScore,
    GoalReached,
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
