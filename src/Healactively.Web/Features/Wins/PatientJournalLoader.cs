using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Wins;

/// <summary>
/// Reads one patient's journal into domain entries: the one place the win rules, the progress
/// charts and the CSV export read entries from. Free text is read only when asked for.
/// </summary>
public sealed class PatientJournalLoader(AppDbContext db, OutcomeHistoryLoader outcomes)
{
    /// <summary>The patient's own metrics (in the order they were added) and their entries, oldest first.</summary>
    public sealed record Loaded(IReadOnlyList<CustomMetricRecord> CustomMetrics, IReadOnlyList<JournalEntry> Entries);

    /// <summary>The whole journal, numbers and marks only, with the outcome history (check-ins, activities, goals), as the win rules read it.</summary>
    public async Task<PatientJournal> LoadAsync(string patientId, DistanceUnit unit, CancellationToken cancellationToken = default)
    {
        var loaded = await LoadEntriesAsync(patientId, from: null, to: null, withText: false, cancellationToken);
        IReadOnlyList<MetricDefinition> metrics = [.. BuiltInMetrics.All, .. loaded.CustomMetrics.Select(m => m.ToDomain())];
        var history = await outcomes.LoadAsync(patientId, cancellationToken);
        return new PatientJournal(loaded.Entries, metrics, unit, history);
    }

    public async Task<Loaded> LoadEntriesAsync(string patientId, DateOnly? from, DateOnly? to, bool withText, CancellationToken cancellationToken = default)
    {
        var customMetrics = await db.CustomMetrics.AsNoTracking()
            .Where(m => m.PatientId == patientId)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);

        var mine = db.JournalEntries.AsNoTracking().Where(e => e.PatientId == patientId);
        if (from is { } start)
        {
            mine = mine.Where(e => e.Date >= start);
        }

        if (to is { } end)
        {
            mine = mine.Where(e => e.Date <= end);
        }

        var rows = await mine
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
                EasierToday = withText ? e.EasierToday : null,
                Triggers = withText ? e.Triggers : null,
                Helped = withText ? e.Helped : null,
            })
            .ToListAsync(cancellationToken);

        var keyById = customMetrics.ToDictionary(m => m.Id, m => m.Key);
        var customValues = keyById.Count == 0 || rows.Count == 0
            ? []
            : await db.CustomMetricValues.AsNoTracking()
                .Where(v => mine.Any(e => e.Id == v.EntryId))
                .Select(v => new { v.EntryId, v.MetricId, v.Value })
                .ToListAsync(cancellationToken);
        var valuesByEntry = customValues.ToLookup(v => v.EntryId);

        var entries = rows.Select(r => new JournalEntry(r.Date)
        {
            Pain = r.Pain,
            SittingMinutes = r.SittingMinutes,
            WalkingMeters = r.WalkingMeters,
            Flare = r.Flare,
            FunctionalWins = r.FunctionalWins,
            EasierToday = r.EasierToday,
            Triggers = Tags.ParseJoined(r.Triggers),
            Helped = Tags.ParseJoined(r.Helped),
            CustomValues = valuesByEntry[r.Id].ToDictionary(v => keyById[v.MetricId], v => v.Value, StringComparer.Ordinal),
        }).ToArray();

        return new Loaded(customMetrics, entries);
    }
}
