namespace Healactively.Domain.Insights;

/// <summary>Which journal list a tag came from.</summary>
public enum TagKind
{
    /// <summary>"What helped" (<see cref="Journal.JournalEntry.Helped"/>).</summary>
    Helped,

    /// <summary>"Triggers" (<see cref="Journal.JournalEntry.Triggers"/>).</summary>
    Trigger,
}
