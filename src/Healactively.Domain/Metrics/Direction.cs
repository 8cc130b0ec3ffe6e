namespace Healactively.Domain.Metrics;

/// <summary>Which way is better for a metric: the spec's "direction" (+1 / −1).</summary>
public enum Direction
{
    LowerIsBetter = -1,
    HigherIsBetter = 1,
}
