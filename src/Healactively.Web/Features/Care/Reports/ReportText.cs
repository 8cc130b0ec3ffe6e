using System.Globalization;
using Healactively.Web.Features.Home;

namespace Healactively.Web.Features.Care.Reports;

/// <summary>The report's sentences, shared by the page and the PDF so both say exactly the same.</summary>
public static class ReportText
{
    /// <summary>"30 min on 26 Oct 2026 · 15 min longer now", or "not recorded".</summary>
    public static string Comparison(ThenAndNowComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        if (comparison.Then is null)
        {
            return "not recorded";
        }

        var then = $"{comparison.Then} on {VisitReportQuery.Format(comparison.Date)}";
        return comparison.Change is { } change ? $"{then} · {change}" : then;
    }

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

    public static string KindCounts(ReportWinGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return string.Join(" · ", group.Kinds.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Label} {k.Count}")));
    }
}
