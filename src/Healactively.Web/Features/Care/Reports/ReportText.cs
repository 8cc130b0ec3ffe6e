using System.Globalization;

namespace Healactively.Web.Features.Care.Reports;

/// <summary>The report's sentences, shared by the page and the PDF so both say exactly the same.</summary>
public static class ReportText
{
    /// <summary>"3 Nov 2026 – 7 Nov 2026 · recovered in 4 days", or "since … · ongoing".</summary>
    public static string Flare(ReportFlare flare)
    {
        ArgumentNullException.ThrowIfNull(flare);
        if (flare.End is not { } end)
        {
            return $"Since {VisitReportQuery.Format(flare.Start)} · ongoing";
        }

        var days = flare.RecoveryDays ?? 0;
        var recovery = days == 0
            ? "recovered the same day"
            : string.Create(CultureInfo.InvariantCulture, $"recovered in {days} {(days == 1 ? "day" : "days")}");
        return $"{VisitReportQuery.Format(flare.Start)} – {VisitReportQuery.Format(end)} · {recovery}";
    }

    /// <summary>"Journaled 21 of 30 days (70 %) · 14 wins".</summary>
    public static string Overview(VisitReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"{report.Summary.JournaledSentence} · {VisitReportQuery.Count(report.Summary.MomentCount, "win", "wins")}";
    }

    /// <summary>The summary table's cells for one metric: first, last, change, clinically important.</summary>
    public static string[] Row(SummaryMetricLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return
        [
            line.Name,
            line.First ?? "—",
            line.Last ?? "—",
            line.Change ?? "—",
            line.First is null || line.Last is null ? "—" : line.ClinicallyImportant ? "yes" : "no",
        ];
    }

    public static IReadOnlyList<string> Headings { get; } = ["Metric", "First 14 days", "Last 14 days", "Change", "Clinically important"];

    /// <summary>"25 Nov 2026 · Week · Dr. Osei: text".</summary>
    public static string Note(ReportNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return $"{VisitReportQuery.Format(note.Date)} · {note.About} · {note.ClinicianName}: {note.Text}";
    }
}
