using Healactively.Domain.Calendar;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Progress;
using Healactively.Web.Features.Wins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.WeekInWins;

/// <summary>
/// Builds <see cref="WeekInWinsView"/> for one ISO week in the patient's zone (every query filtered by the patient).
/// A missing week means the current one; a malformed or future week falls back to the current week with a notice.
/// </summary>
public sealed class WeekInWinsQuery(AppDbContext db, MetricHistoryQuery history, FlareSequenceCheck flares)
{
    /// <summary>The strongest moments shown; the rest are counted.</summary>
    public const int MomentsShown = 5;

    public async Task<WeekInWinsView> RunAsync(PatientContext patient, string? week, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var current = PatientCalendar.MondayOf(patient.Today);
        string? notice = null;
        var monday = current;
        if (!string.IsNullOrWhiteSpace(week))
        {
            if (!IsoWeeks.TryParse(week, out var asked))
            {
                notice = "That week could not be read (it should look like 2026-W48), so this is the current week.";
            }
            else if (asked > current)
            {
                notice = "That week has not started yet, so this is the current week.";
            }
            else
            {
                monday = asked;
            }
        }

        return await ForWeekAsync(patient, monday, withNoteText: true, cancellationToken) with { Notice = notice };
    }

    /// <summary>The week starting on <paramref name="monday"/>; without note text for the weekly email.</summary>
    public async Task<WeekInWinsView> ForWeekAsync(PatientContext patient, DateOnly monday, bool withNoteText, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var sunday = monday.AddDays(6);
        var lastDay = sunday < patient.Today ? sunday : patient.Today;
        var values = await history.LoadAsync(patient.PatientId, monday.AddDays(-7), lastDay, cancellationToken);
        var daysJournaled = values.Entries.Count(e => e.Date >= monday && e.Date <= lastDay);

        var lines = new List<WeekMetricLine>();
        foreach (var metric in values.Metrics)
        {
            var recorded = values.Recorded(metric);
            decimal? Median(DateOnly from, DateOnly to)
            {
                var inWeek = recorded.Where(r => r.Key >= from && r.Key <= to).Select(r => r.Value).ToArray();
                return inWeek.Length == 0 ? null : Baselines.Median(inWeek);
            }

            var thisWeek = Median(monday, lastDay);
            var lastWeek = Median(monday.AddDays(-7), monday.AddDays(-1));
            if (thisWeek is not null || lastWeek is not null)
            {
                lines.Add(WeekComparison.Describe(metric, thisWeek, lastWeek, patient.DistanceUnit));
            }
        }

        var notes = await NotesAsync(patient.PatientId, monday, sunday, withNoteText, cancellationToken);
        var wins = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patient.PatientId && w.Date >= monday && w.Date <= sunday)
            .Select(w => new { w.Date, w.Kind, w.Metric, w.Window, w.Tier, w.Baseline, w.Value, w.Delta, w.Message })
            .ToListAsync(cancellationToken);
        var definitions = values.Metrics.ToDictionary(m => m.Key, StringComparer.Ordinal);
        var facts = wins.Select(w => MomentCards.Fact(
            w.Date, w.Kind, w.Metric, w.Window, w.Tier, w.Baseline, w.Value, w.Delta, w.Message, definitions, patient.DistanceUnit));
        // The journal form's order (built-in metrics, then the patient's own), not the display order of the charts.
        var order = MomentCards.OrderOf(BuiltInMetrics.All.Concat(values.Metrics.Where(m => m is CustomMetric)));
        var moments = MomentCards.StrongestFirst(facts, order, definitions);
        var shown = moments.Take(MomentsShown)
            .Select(m => new WeekMoment(
                m,
                [.. m.All.SelectMany(w => notes.Where(n => !n.OnWeek && n.Date == w.Date && n.Win == (w.Kind, w.Metric, w.Window)).Select(n => n.Note))]))
            .ToArray();

        var timeline = await flares.TimelineAsync(patient.PatientId, cancellationToken);
        var flareLines = new List<string>();
        foreach (var episode in timeline.Episodes.Where(e => e.Start <= sunday && (e.End ?? DateOnly.MaxValue) >= monday))
        {
            if (episode.Start >= monday)
            {
                flareLines.Add($"A flare-up started on {JournalDates.ToShort(episode.Start)}.");
            }
            else
            {
                flareLines.Add($"A flare-up that started on {JournalDates.ToShort(episode.Start)} was still going at the start of the week.");
            }

            if (episode.End is { } end && end >= monday && end <= sunday)
            {
                flareLines.Add($"It eased on {JournalDates.ToShort(end)}, after {Days(episode.RecoveryDays!.Value)}.");
            }
            else if (episode.IsOngoing)
            {
                flareLines.Add("It has not been marked over yet. Be gentle with yourself.");
            }
        }

        var besideMoments = shown.SelectMany(m => m.Notes).Select(n => n.Id).ToHashSet();
        return new WeekInWinsView(
            monday,
            IsCurrentWeek: monday == PatientCalendar.MondayOf(patient.Today),
            Notice: null,
            daysJournaled,
            DaysSoFar: lastDay.DayNumber - monday.DayNumber + 1,
            shown,
            moments.Count,
            lines,
            flareLines,
            [.. notes.Where(n => n.OnWeek).Select(n => n.Note)])
        {
            OtherNotes = [.. notes.Where(n => !n.OnWeek && !besideMoments.Contains(n.Note.Id)).Select(n => n.Note)],
        };
    }

    private sealed record LoadedNote(WeekNote Note, bool OnWeek, DateOnly Date, (WinKind, string, WinWindow?)? Win);

    /// <summary>The notes on the week (dated its Monday) and on wins dated in it, newest first.</summary>
    private async Task<List<LoadedNote>> NotesAsync(string patientId, DateOnly monday, DateOnly sunday, bool withText, CancellationToken cancellationToken)
    {
        var rows = await db.ClinicianNotes.AsNoTracking()
            .Where(n => n.PatientId == patientId && n.Date >= monday && n.Date <= sunday)
            .OrderByDescending(n => n.Id)
            .Select(n => new
            {
                n.Id,
                n.Date,
                n.WinKind,
                n.WinMetric,
                n.WinWindow,
                Text = withText ? n.Text : string.Empty,
                n.SeenAt,
                Clinician = db.Users.Where(u => u.Id == n.ClinicianId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Where(r => r.WinKind is not null || r.Date == monday)
            .Select(r => new LoadedNote(
                new WeekNote(r.Id, r.Date, string.IsNullOrWhiteSpace(r.Clinician) ? "Your clinician" : r.Clinician, r.Text, r.SeenAt is null, r.WinKind is null),
                r.WinKind is null,
                r.Date,
                r.WinKind is { } kind ? (kind, r.WinMetric ?? string.Empty, r.WinWindow) : null))];
    }

    private static string Days(int count) => count == 1 ? "1 day" : $"{count} days";
}
