using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Wins;

/// <summary>Reads one patient's journal in the shape the win rules need (numbers and marks, no free text).</summary>
public sealed class PatientJournalLoader(AppDbContext db)
{
    public async Task<PatientJournal> LoadAsync(string patientId, DistanceUnit unit, CancellationToken cancellationToken = default)
    {
        var customMetrics = await db.CustomMetrics.AsNoTracking()
            .Where(m => m.PatientId == patientId)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);

        var rows = await db.JournalEntries.AsNoTracking()
            .Where(e => e.PatientId == patientId)
            .Select(e => new { e.Id, e.Date, e.Pain, e.SittingMinutes, e.WalkingMeters, e.Flare, e.FunctionalWins })
            .ToListAsync(cancellationToken);

        var customValues = customMetrics.Count == 0
            ? []
            : await db.CustomMetricValues.AsNoTracking()
                .Where(v => v.Metric.PatientId == patientId)
                .Select(v => new { v.EntryId, v.Metric.Key, v.Value })
                .ToListAsync(cancellationToken);
        var valuesByEntry = customValues.ToLookup(v => v.EntryId);

        var entries = rows.Select(r => new JournalEntry(r.Date)
        {
            Pain = r.Pain,
            SittingMinutes = r.SittingMinutes,
            WalkingMeters = r.WalkingMeters,
            Flare = r.Flare,
            FunctionalWins = r.FunctionalWins,
            CustomValues = valuesByEntry[r.Id].ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal),
        });

        IReadOnlyList<MetricDefinition> metrics = [.. BuiltInMetrics.All, .. customMetrics.Select(m => m.ToDomain())];
        return new PatientJournal(entries, metrics, unit);
    }
}
