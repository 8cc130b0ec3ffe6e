using Healactively.Web.Data;
using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Journal;

/// <summary>
/// Deletes one of the patient's own entries through the <see cref="JournalWriter"/> (wins recomputed from that day on).
/// A delete confirmed on a page that showed an older version of the day is refused: nothing the patient has not seen is deleted.
/// </summary>
public sealed class DeleteEntry(AppDbContext db, FlareSequenceCheck flares, JournalWriter writer, ILogger<DeleteEntry> logger)
{
    public abstract record Outcome
    {
        public sealed record Deleted(DateOnly Date) : Outcome;

        public sealed record NotFound : Outcome;

        public sealed record Refused(string Message) : Outcome;
    }

    public const string ChangedMessage = "This day was changed after you opened this page. Check it below, then delete it again if you still want to.";

    /// <param name="expectedVersion">The version the confirmation page showed; null skips the check.</param>
    public Task<Outcome> RunAsync(PatientContext patient, long entryId, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return writer.WriteAsync(
            new JournalWrite<Outcome>(patient, async (_, ct) =>
            {
                var entry = await db.JournalEntries.SingleOrDefaultAsync(e => e.Id == entryId && e.PatientId == patient.PatientId, ct);
                if (entry is null)
                {
                    return new JournalChange<Outcome>.Unchanged(new Outcome.NotFound());
                }

                if (expectedVersion is { } expected && entry.Version != expected)
                {
                    return new JournalChange<Outcome>.Unchanged(new Outcome.Refused(ChangedMessage));
                }

                if (entry.Flare != Domain.Journal.FlareMark.None && await flares.DeleteProblemAsync(patient.PatientId, entry.Date, ct) is { } problem)
                {
                    return new JournalChange<Outcome>.Unchanged(new Outcome.Refused(problem));
                }

                db.JournalEntries.Remove(entry);
                return new JournalChange<Outcome>.Write(entry.Date, _ =>
                {
                    JournalLog.EntryDeleted(logger, entryId, patient.PatientId);
                    return new Outcome.Deleted(entry.Date);
                });
            })
            {
                // A twin of this post deleted the day, or a save changed it, between our read and our delete: the version
                // token matched no row.
                OnConcurrentChange = async ct => await db.JournalEntries.AnyAsync(e => e.Id == entryId && e.PatientId == patient.PatientId, ct)
                    ? new Outcome.Refused(ChangedMessage)
                    : new Outcome.NotFound(),
            },
            cancellationToken);
    }
}
