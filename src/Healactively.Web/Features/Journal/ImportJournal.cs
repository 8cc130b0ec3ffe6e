using Healactively.Domain.Journal;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Journal;

/// <summary>
/// Imports a journal CSV as an upsert by date, all or nothing (spec: csv-formats.md): every problem in the file is
/// reported and nothing is saved, or every day is saved and the wins recomputed, in one transaction.
/// A row replaces all the fields of an existing day; a row equal to the stored day leaves it untouched.
/// </summary>
public sealed class ImportJournal(AppDbContext db, JournalWriter writer, ILogger<ImportJournal> logger)
{
    public abstract record Outcome
    {
        public sealed record Imported(int Created, int Updated, int Unchanged) : Outcome
        {
            public int Days => Created + Updated + Unchanged;
        }

        /// <param name="Problems">The problems to show, whole-file ones first, then by line (at most <see cref="ImportProblems.MaxKept"/>).</param>
        /// <param name="ProblemCount">How many problems were found in all.</param>
        public sealed record Refused(IReadOnlyList<ImportProblem> Problems, int ProblemCount) : Outcome;

        /// <summary>The journal changed (another window saved a day) while the file was being imported; nothing was saved.</summary>
        public sealed record Conflict : Outcome;
    }

    public async Task<Outcome> RunAsync(PatientContext patient, ReadOnlyMemory<byte> csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var metricIds = await db.CustomMetrics.AsNoTracking()
            .Where(m => m.PatientId == patient.PatientId)
            .Select(m => new { m.Key, m.Id })
            .ToDictionaryAsync(m => m.Key, m => m.Id, StringComparer.Ordinal, cancellationToken);

        var file = JournalCsvReader.Read(csv, metricIds.Keys, patient.Today);
        if (file.IsFileRefused)
        {
            return Refuse(patient, file.Problems);
        }

        return await writer.WriteAsync(
            new JournalWrite<Outcome>(patient, (now, ct) => StageAsync(patient, file, metricIds, now, ct))
            {
                // A day was saved or deleted in another window between our read and our write.
                IsConcurrentChange = static _ => true,
                OnConcurrentChange = _ =>
                {
                    JournalTransferLog.ImportConflict(logger, patient.PatientId);
                    return Task.FromResult<Outcome>(new Outcome.Conflict());
                },
            },
            cancellationToken);
    }

    private async Task<JournalChange<Outcome>> StageAsync(PatientContext patient, JournalCsvReadResult file, Dictionary<string, long> metricIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Only the file's days are loaded whole (at most JournalCsvReader.MaxRows), so an import's memory follows the
        // file, not the length of the journal; the flare-up check needs just the dates and marks of the rest.
        var fileDates = file.Rows.Select(r => r.Date).ToList();
        var stored = await db.JournalEntries
            .Include(e => e.CustomValues)
            .Where(e => e.PatientId == patient.PatientId && fileDates.Contains(e.Date))
            .ToDictionaryAsync(e => e.Date, cancellationToken);
        var storedFlares = await db.JournalEntries.AsNoTracking()
            .Where(e => e.PatientId == patient.PatientId && e.Flare != FlareMark.None)
            .Select(e => new JournalEntry(e.Date) { Flare = e.Flare })
            .ToListAsync(cancellationToken);

        CheckFlareSequence(file, storedFlares, file.Problems);
        if (file.Problems.Count > 0)
        {
            return new JournalChange<Outcome>.Unchanged(Refuse(patient, file.Problems));
        }

        int created = 0, updated = 0, unchanged = 0;
        DateOnly? earliestChange = null;
        foreach (var row in file.Rows)
        {
            var changes = row.Changes!;
            if (stored.TryGetValue(row.Date, out var entry))
            {
                if (IsSame(entry, changes, metricIds))
                {
                    unchanged++;
                    continue;
                }

                updated++;
            }
            else
            {
                entry = new JournalEntryRecord { PatientId = patient.PatientId, Date = row.Date, CreatedAt = now };
                db.JournalEntries.Add(entry);
                created++;
            }

            EntryRecordWriter.Apply(entry, changes, metricIds);
            entry.Version++;
            entry.UpdatedAt = now;
            earliestChange = earliestChange is { } earliest && earliest < row.Date ? earliest : row.Date;
        }

        var imported = new Outcome.Imported(created, updated, unchanged);
        Outcome Logged()
        {
            JournalTransferLog.Imported(logger, patient.PatientId, created, updated, unchanged);
            return imported;
        }

        // A file equal to the journal writes nothing, so no cached page of this patient is thrown away.
        return earliestChange is null
            ? new JournalChange<Outcome>.Unchanged(Logged())
            : new JournalChange<Outcome>.Write(earliestChange, _ => Logged());
    }

    private Outcome.Refused Refuse(PatientContext patient, ImportProblems problems)
    {
        JournalTransferLog.ImportRefused(logger, patient.PatientId, problems.Count);
        return new Outcome.Refused(problems.InLineOrder(), problems.Count);
    }

    /// <summary>
    /// The flare-up marks of the journal as it would be after the import (stored days not in the file, plus the file's
    /// days) must form a valid sequence. A problem on a day of the file is reported at its line.
    /// </summary>
    /// <param name="storedFlares">The stored days with a flare-up mark (date and mark only).</param>
    private static void CheckFlareSequence(JournalCsvReadResult file, List<JournalEntry> storedFlares, ImportProblems problems)
    {
        var lineOfDate = file.Rows.ToDictionary(r => r.Date, r => r.Line);
        var marks = storedFlares
            .Where(e => !lineOfDate.ContainsKey(e.Date))
            .ToList();
        // A row whose flare cell is invalid is already reported; leaving it out avoids a second, confusing message.
        marks.AddRange(file.Rows
            .Where(r => r.Flare is not (null or FlareMark.None))
            .Select(r => new JournalEntry(r.Date) { Flare = r.Flare!.Value }));

        // Loose marks the journal already has (half-way through moving a flare's end) are not the file's doing.
        var alreadyLoose = FlareTimeline.Build(storedFlares)
            .Problems.Select(p => p.Date).ToHashSet();
        foreach (var problem in FlareTimeline.Build(marks).Problems)
        {
            if (lineOfDate.TryGetValue(problem.Date, out var line))
            {
                problems.Add(line, $"flare: {problem.Message}");
            }
            else if (!alreadyLoose.Contains(problem.Date))
            {
                problems.Add(null, $"This file would break the flare-up marked on {JournalDates.ToRoute(problem.Date)} in your journal (a day that is not in the file): {problem.Message}");
            }
        }
    }

    private static bool IsSame(JournalEntryRecord entry, EntryChanges changes, Dictionary<string, long> metricIds)
    {
        if (entry.Pain != changes.Pain
            || entry.SittingMinutes != changes.SittingMinutes
            || entry.WalkingMeters != changes.WalkingMeters
            || entry.Flare != changes.Flare
            || entry.FunctionalWins != changes.FunctionalWins
            || !string.Equals(entry.EasierToday, changes.EasierToday, StringComparison.Ordinal)
            || !string.Equals(entry.Triggers, Tags.Join(changes.Triggers), StringComparison.Ordinal)
            || !string.Equals(entry.Helped, Tags.Join(changes.Helped), StringComparison.Ordinal))
        {
            return false;
        }

        var wanted = EntryRecordWriter.Recorded(changes, metricIds);
        return entry.CustomValues.Count == wanted.Count
            && entry.CustomValues.All(v => wanted.TryGetValue(v.MetricId, out var value) && value == v.Value);
    }
}
