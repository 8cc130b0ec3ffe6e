using Healactively.Web.Data;
using Healactively.Web.Pages.Wins;
using Healactively.Web.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Journal;

/// <summary>Deletes one of the patient's own entries and recomputes the wins from that day on, in one transaction.</summary>
public sealed class DeleteEntry(AppDbContext db, FlareSequenceCheck flares, WinRecalculator wins, ILogger<DeleteEntry> logger)
{
    public abstract record Outcome
    {
        public sealed record Deleted(DateOnly Date) : Outcome;

        public sealed record NotFound : Outcome;

        public sealed record Refused(string Message) : Outcome;
    }

    public async Task<Outcome> RunAsync(PatientContext patient, long entryId, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = await db.JournalEntries.SingleOrDefaultAsync(e => e.Id == entryId && e.PatientId == patient.PatientId, cancellationToken);
        if (entry is null)
        {
            return new Outcome.NotFound();
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
                ? new Outcome.Refused("This day was changed while you were deleting it. Check it, then delete it again if you still want to.")
                : new Outcome.NotFound();
        }

        await wins.RecalculateFromAsync(patient.PatientId, patient.DistanceUnit, entry.Date, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        JournalLog.EntryDeleted(logger, entryId, patient.PatientId);
        return new Outcome.Deleted(entry.Date);
    }
}
