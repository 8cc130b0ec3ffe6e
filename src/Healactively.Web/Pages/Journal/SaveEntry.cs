using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Pages.Wins;
using Healactively.Web.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Journal;

/// <summary>
/// Saves one journal day (create or replace) and recomputes the wins it can affect, in one transaction.
/// A form opened before another save of the same day is refused, never applied over it.
/// </summary>
public sealed class SaveEntry(AppDbContext db, FlareSequenceCheck flares, WinRecalculator wins, TimeProvider clock, ILogger<SaveEntry> logger)
{
    /// <param name="expectedVersion">The version the form was opened with; null when the day had no entry.</param>
    public async Task<SaveEntryOutcome> RunAsync(PatientContext patient, DateOnly date, int? expectedVersion, EntryChanges changes, CancellationToken cancellationToken = default)
    {
        if (date > patient.Today)
        {
            return new SaveEntryOutcome.FutureDate();
        }

        var metricIds = await db.CustomMetrics.AsNoTracking()
            .Where(m => m.PatientId == patient.PatientId)
            .ToDictionaryAsync(m => m.Key, m => m.Id, StringComparer.Ordinal, cancellationToken);
        var unknownMetric = changes.CustomValues.Keys.FirstOrDefault(k => !metricIds.ContainsKey(k));
        if (unknownMetric is not null)
        {
            return new SaveEntryOutcome.Refused(string.Empty, "This form lists a metric you no longer have. Reload the page and try again.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = await db.JournalEntries
            .Include(e => e.CustomValues)
            .SingleOrDefaultAsync(e => e.PatientId == patient.PatientId && e.Date == date, cancellationToken);

        if (entry?.Version != expectedVersion)
        {
            return new SaveEntryOutcome.Conflict(entry?.Version);
        }

        if (entry?.Flare != changes.Flare)
        {
            var problem = await flares.SaveProblemAsync(patient.PatientId, date, changes.Flare, cancellationToken);
            if (problem is not null)
            {
                return new SaveEntryOutcome.Refused("Flare", problem);
            }
        }

        var now = clock.GetUtcNow();
        if (entry is null)
        {
            entry = new JournalEntryRecord { PatientId = patient.PatientId, Date = date, CreatedAt = now };
            db.JournalEntries.Add(entry);
        }

        EntryRecordWriter.Apply(entry, changes, metricIds);
        entry.Version++;
        entry.UpdatedAt = now;

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (expectedVersion is null)
        {
            // Another request created this day between our read and our write.
            return new SaveEntryOutcome.Conflict(null);
        }

        var detected = await wins.RecalculateFromAsync(patient.PatientId, patient.DistanceUnit, date, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        JournalLog.EntrySaved(logger, entry.Id, patient.PatientId);
        return new SaveEntryOutcome.Saved(entry.Version, detected.Where(w => w.Date == date).ToArray());
    }
}
