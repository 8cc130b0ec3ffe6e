using System.Numerics;
using Healactively.Domain.Calendar;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Care;

/// <summary>One journal day on the timeline, with its free text shown read-only.</summary>
public sealed record TimelineEntry(
    DateOnly Date,
    string Summary,
    int FunctionalWinCount,
    string? EasierToday,
    IReadOnlyList<string> Triggers,
    IReadOnlyList<string> Helped,
    FlareMark Flare);

/// <summary>An ISO week (Monday to Sunday): its moments (newest date first, strongest first inside a date), its entries and the notes on it.</summary>
public sealed record TimelineWeek(DateOnly Monday, IReadOnlyList<MomentCard> Moments, IReadOnlyList<TimelineEntry> Entries, IReadOnlyList<WinNote> Notes)
{
    public DateOnly Sunday => Monday.AddDays(6);
}

/// <summary>A flare-up as the timeline lists it.</summary>
public sealed record TimelineFlare(DateOnly Start, DateOnly? End, int? RecoveryDays);

/// <summary>One page of the weeks of a patient's timeline period, newest first, and every flare-up episode.</summary>
public sealed record TimelineView(IReadOnlyList<TimelineWeek> Weeks, IReadOnlyList<TimelineFlare> Flares, int PageNumber, int PageCount);

/// <summary>
/// The clinician's view of one patient's journal in a period (the last 30, 90 or 365 days), grouped by ISO week (any
/// week with an entry), paginated by weeks. Reads only the given patient's rows, and only the period's dates.
/// </summary>
public sealed class ClinicianTimelineQuery(AppDbContext db, PatientJournalLoader loader, FlareSequenceCheck flareMarks)
{
    /// <summary>
    /// Three weeks a page keep the timeline under 100 KB of HTML with the summary and the charts above them: a week shows
    /// its strongest moments (all of them only when asked), its entries and links to note forms, never a form per win.
    /// </summary>
    public const int WeeksPerPage = 3;

    /// <summary>A year's charts (a year of points and weekly tables, about 75 KB) leave room for one week a page.</summary>
    public const int WeeksPerPageForAYear = 1;

    /// <summary>The weeks a page shows for a period of <paramref name="days"/>.</summary>
    public static int WeeksPerPageFor(int days) => days > 90 ? WeeksPerPageForAYear : WeeksPerPage;

    public async Task<TimelineView> RunAsync(PatientContext patient, DateOnly periodFrom, int pageNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);

        // Only the days with a flare mark (a partial index) for the episodes, and only the period's dates for the week list.
        var flareTimeline = await flareMarks.TimelineAsync(patient.PatientId, cancellationToken);
        var flares = flareTimeline.Episodes
            .OrderByDescending(e => e.Start)
            .Select(e => new TimelineFlare(e.Start, e.End, e.RecoveryDays))
            .ToArray();

        // Every win is dated on an entry day, so the entries' weeks are all the weeks there are.
        var dates = await db.JournalEntries.AsNoTracking()
            .Where(e => e.PatientId == patient.PatientId && e.Date >= periodFrom && e.Date <= patient.Today)
            .Select(e => e.Date)
            .ToListAsync(cancellationToken);
        var mondays = dates
            .Select(PatientCalendar.MondayOf)
            .Distinct()
            .OrderDescending()
            .ToArray();
        var perPage = WeeksPerPageFor(patient.Today.DayNumber - periodFrom.DayNumber + 1);
        var pageCount = Math.Max(1, (mondays.Length + perPage - 1) / perPage);
        var page = Math.Clamp(pageNumber, 1, pageCount);
        var pageMondays = mondays.Skip((page - 1) * perPage).Take(perPage).ToArray();
        if (pageMondays.Length == 0)
        {
            return new TimelineView([], flares, page, pageCount);
        }

        // A period's first week may start before the period: its earlier days are left out, as the summary leaves them.
        var from = pageMondays[^1] < periodFrom ? periodFrom : pageMondays[^1];
        var to = pageMondays[0].AddDays(6);
        var withText = await loader.LoadEntriesAsync(patient.PatientId, from, to, withText: true, cancellationToken);
        IReadOnlyList<MetricDefinition> metricList = [.. BuiltInMetrics.All, .. withText.CustomMetrics.Select(m => m.ToDomain())];
        var metrics = metricList.ToDictionary(m => m.Key, StringComparer.Ordinal);
        var wins = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patient.PatientId && w.Date >= from && w.Date <= to)
            .OrderByDescending(w => w.Date).ThenBy(w => w.Kind).ThenBy(w => w.Metric).ThenBy(w => w.Window)
            .Select(w => new { w.Date, w.Kind, w.Metric, w.Window, w.Baseline, w.Value, w.Delta, w.Tier, w.Message })
            .ToListAsync(cancellationToken);
        var notes = await WinNotes.LoadAsync(db, patient.PatientId, from, to, cancellationToken);

        var facts = wins.Select(w => MomentCards.Fact(
            w.Date, w.Kind, w.Metric, w.Window, w.Tier, w.Baseline, w.Value, w.Delta, w.Message, metrics, patient.DistanceUnit, notes));
        var winsByWeek = MomentCards.NewestDateFirst(facts, MomentCards.OrderOf(metricList), metrics).ToLookup(m => PatientCalendar.MondayOf(m.Date));
        var entriesByWeek = withText.Entries
            .OrderByDescending(e => e.Date)
            .ToLookup(e => PatientCalendar.MondayOf(e.Date), e => new TimelineEntry(
                e.Date,
                EntrySummary.Describe(e.Pain, e.SittingMinutes, e.WalkingMeters, patient.DistanceUnit),
                BitOperations.PopCount((uint)e.FunctionalWins),
                e.EasierToday,
                e.Triggers,
                e.Helped,
                e.Flare));

        var weeks = pageMondays
            .Select(monday => new TimelineWeek(monday, [.. winsByWeek[monday]], [.. entriesByWeek[monday]], notes.ForWeek(monday)))
            .ToArray();
        return new TimelineView(weeks, flares, page, pageCount);
    }
}
