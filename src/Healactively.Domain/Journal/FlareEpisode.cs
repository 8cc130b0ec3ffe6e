namespace Healactively.Domain.Journal;

/// <summary>A flare-up from the day it was marked started to the day it was marked over (null while ongoing).</summary>
public sealed record FlareEpisode(DateOnly Start, DateOnly? End)
{
    public bool IsOngoing => End is null;

    public int? RecoveryDays => End is { } end ? end.DayNumber - Start.DayNumber : null;
}
