using Healactively.Domain.Journal;
using Healactively.Web.Data;
using Healactively.Web.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Journal;

/// <summary>The patient's whole journal as the journal CSV, oldest day first.</summary>
public sealed class ExportJournal(AppDbContext db, ILogger<ExportJournal> logger)
{
    public async Task<byte[]> RunAsync(PatientContext patient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var metrics = await db.CustomMetrics.AsNoTracking()
            .Where(m => m.PatientId == patient.PatientId)
            .OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.Key })
            .ToListAsync(cancellationToken);
        var columns = metrics.Where(m => !JournalCsvColumns.IsJournalColumn(m.Key)).ToArray();
        var keyById = columns.ToDictionary(m => m.Id, m => m.Key);

        var rows = await db.JournalEntries.AsNoTracking()
            .Where(e => e.PatientId == patient.PatientId)
            .OrderBy(e => e.Date)
            .Select(e => new
            {
                e.Id,
                e.Date,
                e.Pain,
                e.SittingMinutes,
                e.WalkingMeters,
                e.Flare,
                e.FunctionalWins,
                e.EasierToday,
                e.Triggers,
                e.Helped,
            })
            .ToListAsync(cancellationToken);

        var values = keyById.Count == 0
            ? []
            : await db.CustomMetricValues.AsNoTracking()
                .Where(v => v.Metric.PatientId == patient.PatientId)
                .Select(v => new { v.EntryId, v.MetricId, v.Value })
                .ToListAsync(cancellationToken);
        var valuesByEntry = values.Where(v => keyById.ContainsKey(v.MetricId)).ToLookup(v => v.EntryId);

        var entries = rows.Select(r => new JournalEntry(r.Date)
        {
            Pain = r.Pain,
            SittingMinutes = r.SittingMinutes,
            WalkingMeters = r.WalkingMeters,
            Flare = r.Flare,
            FunctionalWins = r.FunctionalWins,
            EasierToday = r.EasierToday,
            Triggers = TagList.FromStored(r.Triggers),
            Helped = TagList.FromStored(r.Helped),
            CustomValues = valuesByEntry[r.Id].ToDictionary(v => keyById[v.MetricId], v => v.Value, StringComparer.Ordinal),
        });

        using var buffer = new MemoryStream();
        JournalCsvWriter.Write(buffer, [.. columns.Select(m => m.Key)], entries);
        JournalTransferLog.JournalExported(logger, patient.PatientId, rows.Count);
        return buffer.ToArray();
    }
}
