using Healactively.Domain.Metrics;

namespace Healactively.Domain.Journal;

/// <summary>Everything the win rules read about one patient: the entries, the metrics, and how to word distances.</summary>
public sealed class PatientJournal
{
    public PatientJournal(IEnumerable<JournalEntry> entries, IReadOnlyList<MetricDefinition>? metrics = null, DistanceUnit distanceUnit = DistanceUnit.Kilometres)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = entries.OrderBy(e => e.Date).ToArray();
        for (var i = 1; i < Entries.Count; i++)
        {
            if (Entries[i].Date == Entries[i - 1].Date)
            {
                throw new ArgumentException($"Two entries on {Entries[i].Date:yyyy-MM-dd}: a journal has at most one entry per date.", nameof(entries));
            }
        }

        Metrics = metrics ?? BuiltInMetrics.All;
        DistanceUnit = distanceUnit;
    }

    /// <summary>Entries in date order, at most one per date.</summary>
    public IReadOnlyList<JournalEntry> Entries { get; }

    public IReadOnlyList<MetricDefinition> Metrics { get; }

    public DistanceUnit DistanceUnit { get; }
}
