using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Web.Features.Wins;

namespace Healactively.Web.Features.Progress;

/// <summary>A patient's metrics (in display order) and their recorded values over a span of dates.</summary>
public sealed class MetricHistory(IReadOnlyList<MetricDefinition> metrics, IReadOnlyList<JournalEntry> entries)
{
    private readonly Dictionary<DateOnly, JournalEntry> _byDate = entries.ToDictionary(e => e.Date);

    /// <summary>What helps comes first (sitting, walking, the patient's own metrics), pain last.</summary>
    public IReadOnlyList<MetricDefinition> Metrics { get; } = metrics;

    public IReadOnlyList<JournalEntry> Entries { get; } = entries;

    public decimal? ValueOn(MetricDefinition metric, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return _byDate.TryGetValue(date, out var entry) ? metric.ValueOf(entry) : null;
    }

    /// <summary>Every recorded value of one metric, by date (missing days are absent, never zero).</summary>
    public IReadOnlyDictionary<DateOnly, decimal> Recorded(MetricDefinition metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var values = new Dictionary<DateOnly, decimal>();
        foreach (var entry in Entries)
        {
            if (metric.ValueOf(entry) is { } value)
            {
                values[entry.Date] = value;
            }
        }

        return values;
    }
}

/// <summary>Reads one patient's numbers (no free text) between two dates, for the home page and the progress charts.</summary>
public sealed class MetricHistoryQuery(PatientJournalLoader loader)
{
    public async Task<MetricHistory> LoadAsync(string patientId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var loaded = await loader.LoadEntriesAsync(patientId, from, to, withText: false, cancellationToken);
        IReadOnlyList<MetricDefinition> metrics =
            [BuiltInMetrics.SittingMinutes, BuiltInMetrics.WalkingMeters, .. loaded.CustomMetrics.Select(m => m.ToDomain()), BuiltInMetrics.Pain];
        return new MetricHistory(metrics, loaded.Entries);
    }
}
