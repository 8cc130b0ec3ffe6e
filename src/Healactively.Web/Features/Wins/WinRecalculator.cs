using Healactively.Domain.Journal;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Wins;

/// <summary>
/// Keeps stored wins equal to the rules applied to the journal as it is now. Only <c>JournalWriter</c> calls it, inside the
/// transaction of the change (whose journal stamp it has raised), with the earliest date the change touched: wins dated from there on
/// are recomputed and only the differences written. Later dates matter too: flare episodes and
/// streaks can end long after the changed day.
/// </summary>
public sealed class WinRecalculator(AppDbContext db, PatientJournalLoader loader)
{
    // Ids per DELETE: well under SQLite's and PostgreSQL's limits on statement parameters.
    private const int DeleteBatch = 500;

    public async Task<IReadOnlyList<Win>> RecalculateFromAsync(string patientId, DistanceUnit unit, DateOnly from, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Wins are recalculated inside the transaction of the journal change (JournalWriter).");
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
            await db.SaveChangesAsync(cancellationToken);
        }

        return detected;
    }
}
