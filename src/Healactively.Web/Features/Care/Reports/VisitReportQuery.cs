using System.Globalization;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Care.Reports;

/// <summary>A flare-up that overlaps the period; recovery days are null while it is ongoing.</summary>
public sealed record ReportFlare(DateOnly Start, DateOnly? End, int? RecoveryDays);

/// <summary>A clinician's note in the period.</summary>
public sealed record ReportNote(DateOnly Date, string ClinicianName, string About, string Text);

/// <summary>One point of a metric's small chart: x and y from 0 to 1 (y = 1 is the top, the highest value).</summary>
public sealed record ChartPoint(double X, double Y);

/// <summary>A metric's small line chart over the period: its recorded days scaled to the period and its value range.</summary>
public sealed record ReportChart(string MetricKey, string Name, string Low, string High, IReadOnlyList<ChartPoint> Points, bool LowerIsBetter)
{
    /// <summary>Scales the recorded values of one metric to the period (x) and to their own range (y); null with fewer than 2 values.</summary>
    public static ReportChart? Of(MetricDefinition metric, string name, IReadOnlyDictionary<DateOnly, decimal> recorded, DateOnly from, DateOnly to, DistanceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(recorded);
        var days = recorded.Where(p => p.Key >= from && p.Key <= to).OrderBy(p => p.Key).ToArray();
        if (days.Length < 2)
        {
            return null;
        }

        var low = days.Min(p => p.Value);
        var high = days.Max(p => p.Value);
        var span = Math.Max(1, to.DayNumber - from.DayNumber);
        var range = high - low;
        var points = days
            .Select(p => new ChartPoint(
                (double)(p.Key.DayNumber - from.DayNumber) / span,
                range == 0 ? 0.5 : (double)((p.Value - low) / range)))
            .ToArray();
        return new ReportChart(metric.Key, name, MetricFormat.FormatValue(metric, low, unit), MetricFormat.FormatValue(metric, high, unit), points, metric.Direction == Direction.LowerIsBetter);
    }
}

/// <summary>Everything the visit report shows, for the page and the PDF alike.</summary>
public sealed record VisitReport(
    PatientIdentity Identity,
    PeriodSummary Summary,
    IReadOnlyList<ReportChart> Charts,
    IReadOnlyList<ReportFlare> Flares,
    IReadOnlyList<ReportNote> Notes,
    Outcomes.OutcomeOverview Outcomes)
{
    /// <summary>The full name when the patient gave one, else their display name.</summary>
    public string PatientName => Identity.Name;

    public int Days => Summary.Days;

    public DateOnly From => Summary.From;

    public DateOnly To => Summary.To;

    /// <summary>"1 Nov 2026 – 25 Nov 2026": the period as the report and the PDF name it.</summary>
    public string PeriodText => Summary.PeriodText;

    /// <summary>"healactively-report-maya-rivera-2026-11-08-to-2026-12-07": the PDF's file name (and the page's title, which printing uses).</summary>
    public string FileStem => ReportFileName.Stem(Identity, From, To);
}

/// <summary>
/// The clinician's visit report for the last 30 or 90 patient-local days (today included): identifiers, the period
/// summary (medians of the first and last 14 days, change, clinically important or not), a small chart per metric,
/// flare-ups, PSFS and PEG scores and goals, the strongest moments in the third person and the clinicians' notes. Numbers only, no journal text.
/// </summary>
public sealed class VisitReportQuery(AppDbContext db, PeriodSummaryQuery summaries, PatientIdentityQuery identities, Outcomes.OutcomeOverviewQuery outcomes)
{
    public const int ShortPeriod = 30;
    public const int LongPeriod = 90;

    /// <summary>At most this many notes keep the report to two pages; the rest are counted.</summary>
    public const int MaxNotes = 12;

    /// <summary>30 or 90; anything else is 30.</summary>
    public static int NormalizeDays(int? days) => days == LongPeriod ? LongPeriod : ShortPeriod;

    public static string Format(DateOnly date) => PeriodSummaryQuery.Format(date);

    public async Task<VisitReport> RunAsync(PatientContext patient, int days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var summary = await summaries.RunAsync(patient, NormalizeDays(days), cancellationToken);
        var identity = await identities.RunAsync(patient.PatientId, cancellationToken);
        var (first, last) = (summary.From, summary.To);
        var metricsByKey = summary.Values.Metrics.ToDictionary(m => m.Key, StringComparer.Ordinal);

        var charts = summary.Values.Metrics
            .Select(m => ReportChart.Of(m, WeekInWins.WeekComparison.Name(m), summary.Values.Recorded(m), first, last, patient.DistanceUnit))
            .OfType<ReportChart>()
            .ToArray();

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

        var overview = await outcomes.ForAsync(patient, first, last, cancellationToken);
        return new VisitReport(identity, summary, charts, flares, reportNotes, overview);
    }

    /// <summary>"2 flare-ups" with the plural right.</summary>
    public static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");
}
