using System.Numerics;
using Healactively.Domain.Journal;
using Healactively.Web.Data;
using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Journal;

/// <summary>One day in the journal's history list.</summary>
public sealed record JournalHistoryRow(long Id, DateOnly Date, string Summary, FlareMark Flare, int FunctionalWinCount, bool HasNotes);

/// <summary>One page of the history, newest first, and the days of one month that have an entry.</summary>
public sealed record JournalHistoryView(
    IReadOnlyList<JournalHistoryRow> Entries,
    int TotalEntries,
    int PageNumber,
    int PageCount,
    IReadOnlySet<DateOnly> DaysWithEntries);

/// <summary>The patient's journal as the history page lists it: paginated entries beside a month calendar.</summary>
public sealed class JournalHistoryQuery(AppDbContext db)
{
    public const int PageSize = 20;

    /// <param name="pageNumber">Clamped to the pages there are.</param>
    /// <param name="monthStart">The first day of the month the calendar shows.</param>
    public async Task<JournalHistoryView> RunAsync(PatientContext patient, int pageNumber, DateOnly monthStart, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var mine = db.JournalEntries.AsNoTracking().Where(e => e.PatientId == patient.PatientId);
        var total = await mine.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(pageNumber, 1, pageCount);

        var rows = await mine.OrderByDescending(e => e.Date)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(e => new { e.Id, e.Date, e.Pain, e.SittingMinutes, e.WalkingMeters, e.Flare, e.FunctionalWins, HasNotes = e.EasierToday != null })
            .ToListAsync(cancellationToken);
        var entries = rows.Select(r => new JournalHistoryRow(r.Id, r.Date, EntrySummary.Describe(r.Pain, r.SittingMinutes, r.WalkingMeters, patient.DistanceUnit),
            r.Flare, BitOperations.PopCount((uint)r.FunctionalWins), r.HasNotes)).ToArray();

        var monthEnd = monthStart.AddMonths(1);
        var days = (await mine.Where(e => e.Date >= monthStart && e.Date < monthEnd).Select(e => e.Date).ToListAsync(cancellationToken)).ToHashSet();
        return new JournalHistoryView(entries, total, page, pageCount, days);
    }
}
