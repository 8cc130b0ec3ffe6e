using Healactively.Domain.Journal;

namespace Healactively.Domain.Wins;

/// <summary>
/// The win rules of the spec as a pure, deterministic function: journal in, wins out.
/// Every win on a date depends only on entries on or before that date.
/// </summary>
public static class WinDetector
{
    /// <summary>All wins of the journal, sorted by date, kind, metric, window.</summary>
    public static IReadOnlyList<Win> Detect(PatientJournal journal) => Detect(journal, DateOnly.MinValue);

    /// <summary>The wins dated on or after <paramref name="from"/>, sorted by date, kind, metric, window.</summary>
    public static IReadOnlyList<Win> Detect(PatientJournal journal, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(journal);
        _ = from;
        return [];
    }
}
