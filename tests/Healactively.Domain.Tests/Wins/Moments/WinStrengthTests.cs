using Healactively.Domain.Wins;
using Healactively.Domain.Wins.Moments;

namespace Healactively.Domain.Tests.Wins.Moments;

public sealed class WinStrengthTests
{
    public static TheoryData<WinKind, WinWindow?, WinTier?, int> Table => new()
    {
        { WinKind.FlareRecoveryFaster, null, null, 1 },
        { WinKind.Improvement, WinWindow.Month, WinTier.Meaningful, 2 },
        { WinKind.PersonalBest, WinWindow.Month, null, 3 },
        { WinKind.Improvement, WinWindow.Week, WinTier.Meaningful, 4 },
        { WinKind.FirstIn30Days, null, null, 5 },
        { WinKind.Streak, null, null, 6 },
        { WinKind.Improvement, WinWindow.Month, WinTier.Micro, 7 },
        { WinKind.Improvement, WinWindow.Week, WinTier.Micro, 8 },
        { WinKind.MicroWin, null, null, 9 },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Strength_follows_the_presentation_spec(WinKind kind, WinWindow? window, WinTier? tier, int expected) =>
        Assert.Equal(expected, WinStrength.Of(kind, window, tier));
}
