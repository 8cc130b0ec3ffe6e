using Healactively.Domain.Metrics;

namespace Healactively.Domain.Journal;

/// <summary>The flare-ups that started in one period: how many, and the median recovery days of those that are over.</summary>
public sealed record FlarePeriod(int Count, decimal? MedianRecoveryDays)
{
    /// <summary>Episodes whose start falls in <paramref name="from"/> … <paramref name="to"/>; ongoing ones count but have no recovery.</summary>
    public static FlarePeriod Of(IEnumerable<FlareEpisode> episodes, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        var started = episodes.Where(e => e.Start >= from && e.Start <= to).ToArray();
        var recoveries = started.Where(e => e.RecoveryDays is not null).Select(e => (decimal)e.RecoveryDays!.Value).ToArray();
        return new FlarePeriod(started.Length, recoveries.Length == 0 ? null : Baselines.Median(recoveries));
    }
}

/// <summary>How a period's flare-ups compare with the period of the same length just before it.</summary>
public enum FlareTrend
{
    /// <summary>No flare-up in either period.</summary>
    None,
    Fewer,
    Same,
    More,
}

/// <summary>A review period's flare-ups against the previous period of the same length (the trend compares counts).</summary>
public sealed record FlareStats(FlarePeriod Current, FlarePeriod Previous)
{
    public FlareTrend Trend => (Current.Count, Previous.Count) switch
    {
        (0, 0) => FlareTrend.None,
        var (now, before) when now < before => FlareTrend.Fewer,
        var (now, before) when now > before => FlareTrend.More,
        _ => FlareTrend.Same,
    };

    /// <summary>The flare-ups that started in <paramref name="from"/> … <paramref name="to"/> and in as many days before.</summary>
    public static FlareStats Of(IReadOnlyList<FlareEpisode> episodes, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        var length = to.DayNumber - from.DayNumber + 1;
        return new FlareStats(FlarePeriod.Of(episodes, from, to), FlarePeriod.Of(episodes, from.AddDays(-length), from.AddDays(-1)));
    }
}
