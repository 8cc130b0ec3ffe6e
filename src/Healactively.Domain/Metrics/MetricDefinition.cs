using Healactively.Domain.Journal;

namespace Healactively.Domain.Metrics;

/// <summary>
/// A metric the win rules compare: how to read it from an entry, which way is better,
/// and the thresholds (minimum step for a win, clinically important change for "meaningful").
/// </summary>
public abstract class MetricDefinition
{
    protected MetricDefinition(string key, string name, string unit, Direction direction)
    {
        Key = key;
        Name = name;
        Unit = unit;
        Direction = direction;
    }

    /// <summary>The key used in wins and in CSV columns, e.g. <c>sitting_minutes</c>.</summary>
    public string Key { get; }

    public string Name { get; }

    public string Unit { get; }

    public Direction Direction { get; }

    public abstract decimal? ValueOf(JournalEntry entry);

    /// <summary>The smallest improvement that counts as a win, given the window baseline.</summary>
    public abstract decimal MinStep(decimal baseline);

    /// <summary>The clinically important change for the "meaningful" tier, or null when the metric has none.</summary>
    public abstract decimal? ClinicallyImportantChange(decimal baseline);
}
