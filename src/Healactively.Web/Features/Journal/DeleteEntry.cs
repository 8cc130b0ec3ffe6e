using Healactively.Web.Data;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Journal;

/// <summary>
/// Deletes one of the patient's own entries and recomputes the wins from that day on, in one transaction. A delete
/// confirmed on a page that showed an older version of the day is refused: nothing the patient has not seen is deleted.
/// </summary>
public sealed class DeleteEntry(AppDbContext db, FlareSequenceCheck flares, WinRecalculator wins, ILogger<DeleteEntry> logger)
{
    public abstract record Outcome
    {
        public sealed record Deleted(DateOnly Date) : Outcome;

        public sealed record NotFound : Outcome;

        public sealed record Refused(string Message) : Outcome;
    }

    public const string ChangedMessage = "This day was changed after you opened this page. Check it below, then delete it again if you still want to.";

    /// <param name="expectedVersion">The version the confirmation page showed; null skips the check.</param>
    public async Task<Outcome> RunAsync(PatientContext patient, long entryId, int? expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = await db.JournalEntries.SingleOrDefaultAsync(e => e.Id == entryId && e.PatientId == patient.PatientId, cancellationToken);
        if (entry is null)
        {
            return new Outcome.NotFound();
        }

        if (expectedVersion is { } expected && entry.Version != expected)
        {
            return new Outcome.Refused(ChangedMessage);
        }

        if (entry.Flare != Domain.Journal.FlareMark.None)
        {
            var problem = await flares.DeleteProblemAsync(patient.PatientId, entry.Date, cancellationToken);
            if (problem is not null)
            {
                return new Outcome.Refused(problem);
            }
        }

        db.JournalEntries.Remove(entry);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Under read committed (PostgreSQL) a twin of this post deleted the day, or a save changed it, between our
            // read and our delete: the version token matched no row. SQLite's BEGIN IMMEDIATE queues writers instead.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            var stillThere = await db.JournalEntries.AnyAsync(e => e.Id == entryId && e.PatientId == patient.PatientId, cancellationToken);
            return stillThere
                ? new Outcome.Refused(ChangedMessage)
                : new Outcome.NotFound();
        }

        await wins.RecalculateFromAsync(patient.PatientId, patient.DistanceUnit, entry.Date, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        JournalLog.EntryDeleted(logger, entryId, patient.PatientId);
        return new Outcome.Deleted(entry.Date);
    }
}
