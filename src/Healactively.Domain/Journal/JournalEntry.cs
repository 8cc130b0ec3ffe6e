namespace Healactively.Domain.Journal;

/// <summary>
/// One day of a patient's journal, on the patient's local calendar date.
/// A null metric means "not recorded", never zero.
/// </summary>
public sealed record JournalEntry(DateOnly Date)
{
    public int? Pain { get; init; }

    public int? SittingMinutes { get; init; }

    public int? WalkingMeters { get; init; }

    public FlareMark Flare { get; init; }

    public FunctionalWins FunctionalWins { get; init; }

    public string? EasierToday { get; init; }

    public IReadOnlyList<string> Triggers { get; init; } = [];

    public IReadOnlyList<string> Helped { get; init; } = [];

    /// <summary>Values of the patient's own metrics, keyed by the metric's key (slug).</summary>
    public IReadOnlyDictionary<string, decimal> CustomValues { get; init; } = EmptyValues;

    private static readonly IReadOnlyDictionary<string, decimal> EmptyValues = new Dictionary<string, decimal>();
}
