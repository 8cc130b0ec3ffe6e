namespace Healactively.Domain.Journal;

/// <summary>The ranges the spec allows for each recorded value.</summary>
public static class JournalLimits
{
    public const int PainMin = 0;
    public const int PainMax = 10;
    public const int SittingMinutesMax = 1440;
    public const int WalkingMetersMax = 100_000;
    public const int EasierTodayMaxLength = 2000;
    public const int TagMaxLength = 40;
    public const int TagsMaxCount = 20;

    /// <summary>The earliest day a journal accepts (the win windows look back up to a year from any day).</summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
}
