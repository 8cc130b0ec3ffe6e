using Healactively.Domain.Metrics;
using Healactively.Domain.Outcomes;

namespace Healactively.Domain.Journal;

/// <summary>Everything the win rules read about one patient: the entries, the metrics, how to word distances, and the outcome history.</summary>
public sealed class PatientJournal
{
    public PatientJournal(IEnumerable<JournalEntry> entries, IReadOnlyList<MetricDefinition>? metrics = null, DistanceUnit distanceUnit = DistanceUnit.Kilometres, OutcomeHistory? outcomes = null)
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
        Outcomes = outcomes ?? OutcomeHistory.Empty;
    }

    /// <summary>Entries in date order, at most one per date.</summary>
    public IReadOnlyList<JournalEntry> Entries { get; }

    public IReadOnlyList<MetricDefinition> Metrics { get; }

    public DistanceUnit DistanceUnit { get; }

    /// <summary>PSFS activities, weekly check-ins and goals (outcome-measures.md).</summary>
    public OutcomeHistory Outcomes { get; }
}
