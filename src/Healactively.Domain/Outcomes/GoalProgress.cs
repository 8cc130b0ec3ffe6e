namespace Healactively.Domain.Outcomes;

/// <summary>How far the latest value has moved from the starting point toward the target, 0–100 %.</summary>
public static class GoalProgress
{
    /// <summary>Null when the starting point or the latest value is unknown.</summary>
    public static int? Percent(decimal? start, decimal target, decimal? latest)
    {
        if (start is not { } s || latest is not { } now)
        {
            return null;
        }

        if (target == s)
        {
            return 100;
        }

        var share = (now - s) / (target - s);
        return (int)Math.Round(Math.Clamp(share, 0m, 1m) * 100m, MidpointRounding.AwayFromZero);
    }

    /// <summary>Whether <paramref name="value"/> meets the target in the metric's good direction.</summary>
    public static bool Meets(decimal value, decimal target, bool lowerIsBetter) => lowerIsBetter ? value <= target : value >= target;
}
