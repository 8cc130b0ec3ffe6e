using System.Globalization;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Features.Home;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Progress;
using Healactively.Web.Features.Wins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Care.Reports;

/// <summary>How many wins of one kind a metric earned in the period.</summary>
public sealed record ReportKindCount(WinKind Kind, string Label, int Count);

/// <summary>One metric's wins in the period: how many, of which kinds, and the best one as the patient read it.</summary>
public sealed record ReportWinGroup(string MetricKey, string MetricName, int Count, IReadOnlyList<ReportKindCount> Kinds, DateOnly BestDate, string BestMessage);

/// <summary>One metric now (its latest value in the period) against the start of the period and a week earlier.</summary>
public sealed record ReportThenAndNow(string MetricKey, string MetricName, DateOnly NowDate, string Now, ThenAndNowComparison Start, ThenAndNowComparison WeekEarlier);

/// <summary>A flare-up that overlaps the period; recovery days are null while it is ongoing.</summary>
public sealed record ReportFlare(DateOnly Start, DateOnly? End, int? RecoveryDays);

/// <summary>A clinician's note in the period.</summary>
public sealed record ReportNote(DateOnly Date, string ClinicianName, string About, string Text);

/// <summary>Everything the one-page visit report shows, for the page and the PDF alike.</summary>
public sealed record VisitReport(
    string PatientName,
    int Days,
    DateOnly From,
    DateOnly To,
    int DaysJournaled,
    int WinCount,
    IReadOnlyList<ReportWinGroup> Wins,
    IReadOnlyList<ReportThenAndNow> ThenAndNow,
    IReadOnlyList<ReportFlare> Flares,
    IReadOnlyList<ReportNote> Notes)
{
    /// <summary>"1 Nov 2026 – 25 Nov 2026": the period as the report and the PDF name it.</summary>
    public string PeriodText => $"{VisitReportQuery.Format(From)} – {VisitReportQuery.Format(To)}";
}

/// <summary>
/// The clinician's visit report for the last 30 or 90 patient-local days (today included): wins by metric,
/// then and now, flare-ups with their recovery, notes, and how many days were journaled. Numbers only, no journal text.
/// </summary>
public sealed class VisitReportQuery(AppDbContext db, MetricHistoryQuery history)
{
    public const int ShortPeriod = 30;
    public const int LongPeriod = 90;

    /// <summary>30 or 90; anything else is 30.</summary>
    public static int NormalizeDays(int? days) => days == LongPeriod ? LongPeriod : ShortPeriod;

    public static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public async Task<VisitReport> RunAsync(PatientContext patient, int days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        days = NormalizeDays(days);
        var last = patient.Today;
        var first = last.AddDays(1 - days);

        var values = await history.LoadAsync(patient.PatientId, first, last, cancellationToken);
        var metricsByKey = values.Metrics.ToDictionary(m => m.Key, StringComparer.Ordinal);

        var wins = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patient.PatientId && w.Date >= first && w.Date <= last)
            .Select(w => new { w.Date, w.Kind, w.Metric, w.Tier, w.Message })
            .ToListAsync(cancellationToken);
        var groups = wins
            .GroupBy(w => w.Metric, StringComparer.Ordinal)
            .Select(g =>
            {
                var best = g.OrderByDescending(w => w.Tier == WinTier.Meaningful)
                    .ThenByDescending(w => w.Kind == WinKind.PersonalBest)
                    .ThenByDescending(w => w.Date)
                    .ThenBy(w => w.Message, StringComparer.Ordinal)
                    .First();
                var kinds = g.GroupBy(w => w.Kind)
                    .Select(k => new ReportKindCount(k.Key, WinLabels.Kind(k.Key), k.Count()))
                    .OrderByDescending(k => k.Count).ThenBy(k => k.Kind)
                    .ToArray();
                // Counted in moments: the wins of one date about this subject are one.
                return new ReportWinGroup(g.Key, WinLabels.Metric(g.Key, metricsByKey), g.Select(w => w.Date).Distinct().Count(), kinds, best.Date, best.Message);
            })
            .OrderByDescending(g => g.Count).ThenBy(g => g.MetricName, StringComparer.Ordinal)
            .ToArray();

        var thenAndNow = new List<ReportThenAndNow>();
        foreach (var metric in values.Metrics)
        {
            var recorded = values.Recorded(metric);
            if (recorded.Count == 0)
            {
                continue;
            }

            var nowDate = recorded.Keys.Max();
            var now = recorded[nowDate];
            var startDate = recorded.Keys.Min();
            var weekDate = nowDate.AddDays(-ThenAndNow.WeekAgoDays);
            var weekRecorded = recorded.Keys.Where(d => d <= weekDate).DefaultIfEmpty().Max();
            decimal? weekValue = weekRecorded == default ? null : recorded[weekRecorded];
            var start = startDate == nowDate
                ? ThenAndNow.Compare(metric, "Start of period", first, now, null, patient.DistanceUnit)
                : ThenAndNow.Compare(metric, "Start of period", startDate, now, recorded[startDate], patient.DistanceUnit);
            var week = ThenAndNow.Compare(metric, "A week earlier", weekValue is null ? weekDate : weekRecorded, now, weekValue, patient.DistanceUnit);
            thenAndNow.Add(new ReportThenAndNow(metric.Key, metric.Name, nowDate, MetricFormat.FormatValue(metric, now, patient.DistanceUnit), start, week));
        }

        var marks = await db.JournalEntries.AsNoTracking()
            .Where(e => e.PatientId == patient.PatientId && e.Flare != FlareMark.None && e.Date <= last)
            .Select(e => new JournalEntry(e.Date) { Flare = e.Flare })
            .ToListAsync(cancellationToken);
        var flares = FlareTimeline.Build(marks).Episodes
            .Where(e => e.Start <= last && (e.End ?? last) >= first)
            .Select(e => new ReportFlare(e.Start, e.End, e.RecoveryDays))
            .ToArray();

        var notes = await (
                from note in db.ClinicianNotes.AsNoTracking()
                where note.PatientId == patient.PatientId && note.Date >= first && note.Date <= last
                join user in db.Users on note.ClinicianId equals user.Id into authors
                from author in authors.DefaultIfEmpty()
                orderby note.Date, note.Id
                select new { note.Date, note.WinKind, note.WinMetric, note.Text, Author = author == null ? null : author.DisplayName })
            .ToListAsync(cancellationToken);
        var reportNotes = notes.Select(n => new ReportNote(
                n.Date,
                string.IsNullOrWhiteSpace(n.Author) ? "Clinician" : n.Author,
                n.WinKind is { } kind ? $"{WinLabels.Kind(kind)} · {WinLabels.Metric(n.WinMetric ?? string.Empty, metricsByKey)}" : "Week",
                n.Text))
            .ToArray();

        return new VisitReport(
            patient.DisplayName,
            days,
            first,
            last,
            values.Entries.Select(e => e.Date).Distinct().Count(),
            wins.Select(w => (w.Date, w.Metric)).Distinct().Count(),
            groups,
            thenAndNow,
            flares,
            reportNotes);
    }
}
