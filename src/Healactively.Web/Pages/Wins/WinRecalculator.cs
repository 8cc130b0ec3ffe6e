using Healactively.Domain.Journal;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Wins;

/// <summary>
/// Keeps stored wins equal to the rules applied to the journal as it is now. Call it inside the
/// transaction of the change, with the earliest date the change touched: wins dated from there on
/// are recomputed and only the differences written. Later dates matter too: flare episodes and
/// streaks can end long after the changed day.
/// </summary>
public sealed class WinRecalculator(AppDbContext db, PatientJournalLoader loader)
{
    public async Task<IReadOnlyList<Win>> RecalculateFromAsync(string patientId, DistanceUnit unit, DateOnly from, CancellationToken cancellationToken = default)
    {
        var journal = await loader.LoadAsync(patientId, unit, cancellationToken);
        var detected = WinDetector.Detect(journal, from);

        var stored = await db.Wins.Where(w => w.PatientId == patientId && w.Date >= from).ToListAsync(cancellationToken);
        var wanted = new HashSet<Win>(detected);
        var kept = new HashSet<Win>();
        foreach (var record in stored)
        {
            var win = record.ToDomain();
            if (wanted.Contains(win) && kept.Add(win))
            {
                continue;
            }

            db.Wins.Remove(record);
        }

        foreach (var win in detected)
        {
            if (!kept.Contains(win))
            {
                db.Wins.Add(WinRecord.From(patientId, win));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return detected;
    }

    public Task<IReadOnlyList<Win>> RecalculateAllAsync(string patientId, DistanceUnit unit, CancellationToken cancellationToken = default) =>
        RecalculateFromAsync(patientId, unit, DateOnly.MinValue, cancellationToken);
}
