using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Journal;

/// <summary>
/// Saves one journal day (create or replace) through the <see cref="JournalWriter"/>. A form opened before another save
/// of the same day is refused, never applied over it; the same form posted again (its one-time key already used) is
/// answered like its first post and saves nothing; a form that repeats the day as stored writes nothing either. The wins
/// the day earned come back with the outcome.
/// </summary>
public sealed class SaveEntry(AppDbContext db, FlareSequenceCheck flares, JournalWriter writer, ILogger<SaveEntry> logger)
{
    /// <param name="expectedVersion">The version the form was opened with; null when the day had no entry.</param>
    /// <param name="submission">The form's one-time key and the redirect a success answers with; null for callers without a form.</param>
    public async Task<SaveEntryOutcome> RunAsync(PatientContext patient, DateOnly date, int? expectedVersion, EntryChanges changes, FormSubmissionKey? submission = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(changes);
        if (date > patient.Today)
        {
            return new SaveEntryOutcome.FutureDate();
        }

        return await writer.WriteAsync(
            new JournalWrite<SaveEntryOutcome>(patient, async (now, ct) =>
            {
                // Read in the write turn, so a metric removed in another window cannot slip in between check and insert.
                var metricIds = await db.CustomMetrics.AsNoTracking()
                    .Where(m => m.PatientId == patient.PatientId)
                    .ToDictionaryAsync(m => m.Key, m => m.Id, StringComparer.Ordinal, ct);
                if (changes.CustomValues.Keys.Any(k => !metricIds.ContainsKey(k)))
                {
                    return new JournalChange<SaveEntryOutcome>.Unchanged(
                        new SaveEntryOutcome.Refused(string.Empty, "This form lists a metric you no longer have. Reload the page and try again."));
                }

                var entry = await db.JournalEntries
                    .Include(e => e.CustomValues)
                    .SingleOrDefaultAsync(e => e.PatientId == patient.PatientId && e.Date == date, ct);
                if (entry?.Version != expectedVersion)
                {
                    return new JournalChange<SaveEntryOutcome>.Unchanged(new SaveEntryOutcome.Conflict(entry?.Version));
                }

                if (entry?.Flare != changes.Flare && await flares.SaveProblemAsync(patient.PatientId, date, changes.Flare, ct) is { } problem)
                {
                    return new JournalChange<SaveEntryOutcome>.Unchanged(new SaveEntryOutcome.Refused("Flare", problem));
                }

                if (entry is null)
                {
                    entry = new JournalEntryRecord { PatientId = patient.PatientId, Date = date, CreatedAt = now };
                    db.JournalEntries.Add(entry);
                }

                EntryRecordWriter.Apply(entry, changes, metricIds);
                if (entry.Id != 0 && !db.ChangeTracker.HasChanges())
                {
                    // The form repeats the day as it is stored: nothing to write, no wins to recompute, the version
                    // stays (a form opened at it is still current). Answered like a save, with the day's stored wins.
                    var stored = await db.Wins.AsNoTracking()
                        .Where(w => w.PatientId == patient.PatientId && w.Date == date)
                        .ToListAsync(ct);
                    return new JournalChange<SaveEntryOutcome>.Unchanged(
                        new SaveEntryOutcome.Saved(entry.Version, [.. stored.Select(w => w.ToDomain())]));
                }

                entry.Version++;
                entry.UpdatedAt = now;
                var saved = entry;
                return new JournalChange<SaveEntryOutcome>.Write(date, detected =>
                {
                    JournalLog.EntrySaved(logger, saved.Id, patient.PatientId);
                    return new SaveEntryOutcome.Saved(saved.Version, detected.Where(w => w.Date == date).ToArray());
                });
            })
            {
                Submission = submission,
                AlreadyDone = redirect => new SaveEntryOutcome.AlreadySaved(redirect),
                // A day created or saved by another request between our read and our write (another process on the same
                // SQLite file) is refused by the version token or the unique (patient, date) index; any other fault is thrown.
                IsConcurrentChange = exception => exception is DbUpdateConcurrencyException || expectedVersion is null,
                OnConcurrentChange = async ct => new SaveEntryOutcome.Conflict(await db.JournalEntries
                    .Where(e => e.PatientId == patient.PatientId && e.Date == date)
                    .Select(e => (int?)e.Version)
                    .SingleOrDefaultAsync(ct)),
            },
            cancellationToken);
    }
}
