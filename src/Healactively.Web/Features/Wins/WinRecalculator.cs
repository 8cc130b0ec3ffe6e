using Healactively.Domain.Journal;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Wins;

/// <summary>
/// Keeps stored wins equal to the rules applied to the journal as it is now. Call it inside the
/// transaction of the change, with the earliest date the change touched: wins dated from there on
/// are recomputed and only the differences written. Later dates matter too: flare episodes and
/// streaks can end long after the changed day.
/// </summary>
public sealed class WinRecalculator(AppDbContext db, PatientJournalLoader loader)
{
    // Ids per DELETE: well under SQLite's and PostgreSQL's limits on statement parameters.
    private const int DeleteBatch = 500;

    public async Task<IReadOnlyList<Win>> RecalculateFromAsync(string patientId, DistanceUnit unit, DateOnly from, CancellationToken cancellationToken = default)
    {
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        if (transaction is not null)
        {
            // Callers with their own transaction have already raised this stamp, which locks the patient's row
            // until they commit; taking that lock first here too makes recalculations of one patient take turns.
            await JournalStamps.RaiseAsync(db, [patientId], cancellationToken);
        }

        var journal = await loader.LoadAsync(patientId, unit, cancellationToken);
        var detected = WinDetector.Detect(journal, from);

        // Read untracked and written as deletes by id and one batched insert: tracking the stored wins of every day
        // from the changed one on was a fifth of a journal save's CPU (bench/README.md).
        var stored = await db.Wins.AsNoTracking().Where(w => w.PatientId == patientId && w.Date >= from).ToListAsync(cancellationToken);
        var wanted = new HashSet<Win>(detected);
        var kept = new HashSet<Win>();
        var removed = new List<long>();
        foreach (var record in stored)
        {
            var win = record.ToDomain();
            if (!(wanted.Contains(win) && kept.Add(win)))
            {
                removed.Add(record.Id);
            }
        }

        foreach (var ids in removed.Chunk(DeleteBatch))
        {
            await db.Wins.Where(w => w.PatientId == patientId && ids.Contains(w.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        var added = detected.Where(w => !kept.Contains(w)).Select(w => WinRecord.From(patientId, w)).ToList();
        if (added.Count > 0)
        {
            db.Wins.AddRange(added);
            await db.SaveChangesAsync(cancellationToken); // raises the journal stamp with the inserts
        }
        else if (removed.Count > 0)
        {
            await JournalStamps.RaiseAsync(db, [patientId], cancellationToken);
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return detected;
    }

    public Task<IReadOnlyList<Win>> RecalculateAllAsync(string patientId, DistanceUnit unit, CancellationToken cancellationToken = default) =>
        RecalculateFromAsync(patientId, unit, DateOnly.MinValue, cancellationToken);
}
