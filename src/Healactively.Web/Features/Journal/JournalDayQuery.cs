using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Journal;

/// <summary>
/// The stored entries the journal form is filled from: the day itself, and the latest earlier day for
/// "Same as yesterday". Entries come with their metric values, untracked; only the patient's own are found.
/// </summary>
public sealed class JournalDayQuery(AppDbContext db)
{
    public async Task<JournalEntryRecord?> EntryAsync(string patientId, DateOnly date, CancellationToken cancellationToken) =>
        await db.JournalEntries.AsNoTracking()
            .Include(e => e.CustomValues)
            .SingleOrDefaultAsync(e => e.PatientId == patientId && e.Date == date, cancellationToken);

    /// <summary>The most recent entry before <paramref name="date"/>, or null when there is none.</summary>
    public async Task<JournalEntryRecord?> EarlierEntryAsync(string patientId, DateOnly date, CancellationToken cancellationToken) =>
        await db.JournalEntries.AsNoTracking()
            .Include(e => e.CustomValues)
            .Where(e => e.PatientId == patientId && e.Date < date)
            .OrderByDescending(e => e.Date)
            .FirstOrDefaultAsync(cancellationToken);
}
