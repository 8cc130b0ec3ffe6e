using Healactively.Domain.Journal;

namespace Healactively.Web.Features.Journal;

/// <summary>A validated journal day as the patient wants it saved. Null values are "not recorded".</summary>
public sealed record EntryChanges
{
    public int? Pain { get; init; }

    public int? SittingMinutes { get; init; }

    public int? WalkingMeters { get; init; }

    public FlareMark Flare { get; init; }

    public FunctionalWins FunctionalWins { get; init; }

    public string? EasierToday { get; init; }

    public IReadOnlyList<string> Triggers { get; init; } = [];

    public IReadOnlyList<string> Helped { get; init; } = [];

    /// <summary>Custom metric values by metric key; a missing or null value is not recorded.</summary>
    public IReadOnlyDictionary<string, decimal?> CustomValues { get; init; } = new Dictionary<string, decimal?>();
}
