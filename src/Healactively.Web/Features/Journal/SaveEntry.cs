using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Journal;

/// <summary>
/// Saves one journal day (create or replace) and recomputes the wins it can affect, in one transaction.
/// A form opened before another save of the same day is refused, never applied over it; the same form
/// posted again (its one-time key already used) is answered like its first post and saves nothing.
/// </summary>
public sealed class SaveEntry(AppDbContext db, FlareSequenceCheck flares, WinRecalculator wins, FormKeys formKeys, SqliteWriteGate writers, TimeProvider clock, ILogger<SaveEntry> logger)
{
    /// <param name="expectedVersion">The version the form was opened with; null when the day had no entry.</param>
    /// <param name="submission">The form's one-time key and the redirect a success answers with; null for callers without a form.</param>
    public async Task<SaveEntryOutcome> RunAsync(PatientContext patient, DateOnly date, int? expectedVersion, EntryChanges changes, FormSubmissionKey? submission = null, CancellationToken cancellationToken = default)
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

        // On SQLite this is BEGIN IMMEDIATE: writers queue here, so a repeated form sees the key its twin recorded.
        using var turn = await writers.EnterAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (submission is not null && await formKeys.FindRedirectAsync(patient.PatientId, submission.Key, cancellationToken) is { } earlier)
        {
            return new SaveEntryOutcome.AlreadySaved(earlier);
        }

        var entry = await db.JournalEntries
            .Include(e => e.CustomValues)
            .SingleOrDefaultAsync(e => e.PatientId == patient.PatientId && e.Date == date, cancellationToken);

        if (entry?.Version != expectedVersion)
        {
            // Under read committed (PostgreSQL) a twin of this form may have committed between the key check above
            // and this read; its key and its new version commit together, so look again before calling it a conflict.
            if (submission is not null && await formKeys.FindRedirectAsync(patient.PatientId, submission.Key, cancellationToken) is { } twin)
            {
                return new SaveEntryOutcome.AlreadySaved(twin);
            }

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
        if (submission is not null)
        {
            formKeys.Record(patient.PatientId, submission, now);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || expectedVersion is null || submission is not null)
        {
            // Another request created or saved this day, or used this form's key, between our read and our write
            // (possible where transactions do not queue writers, e.g. PostgreSQL's read committed): the version
            // token or a unique index refused ours.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (submission is not null && await formKeys.FindRedirectAsync(patient.PatientId, submission.Key, cancellationToken) is { } twin)
            {
                return new SaveEntryOutcome.AlreadySaved(twin);
            }

            if (expectedVersion is null || exception is DbUpdateConcurrencyException)
            {
                return new SaveEntryOutcome.Conflict(await db.JournalEntries
                    .Where(e => e.PatientId == patient.PatientId && e.Date == date)
                    .Select(e => (int?)e.Version)
                    .SingleOrDefaultAsync(cancellationToken));
            }

            throw;
        }

        if (submission is not null)
        {
            await formKeys.PruneAsync(patient.PatientId, now, cancellationToken);
        }

        var detected = await wins.RecalculateFromAsync(patient.PatientId, patient.DistanceUnit, date, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        JournalLog.EntrySaved(logger, entry.Id, patient.PatientId);
        return new SaveEntryOutcome.Saved(entry.Version, detected.Where(w => w.Date == date).ToArray());
    }
}
