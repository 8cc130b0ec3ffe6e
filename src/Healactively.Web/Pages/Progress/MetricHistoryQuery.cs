using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Progress;

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
public sealed class MetricHistoryQuery(AppDbContext db)
{
    public async Task<MetricHistory> LoadAsync(string patientId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var customMetrics = await db.CustomMetrics.AsNoTracking()
            .Where(m => m.PatientId == patientId)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);

        var inRange = db.JournalEntries.AsNoTracking()
            .Where(e => e.PatientId == patientId && e.Date >= from && e.Date <= to);
        var rows = await inRange
            .Select(e => new { e.Id, e.Date, e.Pain, e.SittingMinutes, e.WalkingMeters })
            .ToListAsync(cancellationToken);

        var customValues = customMetrics.Count == 0 || rows.Count == 0
            ? []
            : await db.CustomMetricValues.AsNoTracking()
                .Where(v => v.Metric.PatientId == patientId)
                .Join(inRange, v => v.EntryId, e => e.Id, (v, e) => new { v.EntryId, v.Metric.Key, v.Value })
                .ToListAsync(cancellationToken);
        var valuesByEntry = customValues.ToLookup(v => v.EntryId);

        var entries = rows.Select(r => new JournalEntry(r.Date)
        {
            Pain = r.Pain,
            SittingMinutes = r.SittingMinutes,
            WalkingMeters = r.WalkingMeters,
            CustomValues = valuesByEntry[r.Id].ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal),
        }).OrderBy(e => e.Date).ToArray();

        IReadOnlyList<MetricDefinition> metrics =
            [BuiltInMetrics.SittingMinutes, BuiltInMetrics.WalkingMeters, .. customMetrics.Select(m => m.ToDomain()), BuiltInMetrics.Pain];
        return new MetricHistory(metrics, entries);
    }
}
