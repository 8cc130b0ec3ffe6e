using Healactively.Web.Data;
using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Journal;

/// <summary>One entry at a glance: its day, the version shown, and its numbers in one line.</summary>
public sealed record SummarisedEntry(DateOnly Date, int Version, string Summary);

/// <summary>Finds one of the patient's own entries by id, as the page that asks before deleting it shows it.</summary>
public sealed class EntrySummaryQuery(AppDbContext db)
{
    /// <returns>Null when there is no such entry or it is another patient's.</returns>
    public async Task<SummarisedEntry?> FindAsync(PatientContext patient, long entryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var entry = await db.JournalEntries.AsNoTracking()
            .Where(e => e.Id == entryId && e.PatientId == patient.PatientId)
            .Select(e => new { e.Date, e.Pain, e.SittingMinutes, e.WalkingMeters, e.Version })
            .SingleOrDefaultAsync(cancellationToken);
        return entry is null
            ? null
            : new SummarisedEntry(entry.Date, entry.Version, EntrySummary.Describe(entry.Pain, entry.SittingMinutes, entry.WalkingMeters, patient.DistanceUnit));
    }
}
