using System.Text.Json;
using Healactively.Domain.Metrics;
using Healactively.Web.Features.Journal;

namespace Healactively.Web.Features.Progress;

/// <summary>
/// A series as the JSON that wwwroot/js/progress-charts.js draws. It sits in the page inside a
/// <c>&lt;script type="application/json"&gt;</c> element (data, not code); the default encoder escapes
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so a custom metric's name cannot close that element.
/// </summary>
public static class ProgressChartJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize(MetricSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var chart = new ChartData(
            series.Name,
            series.Unit,
            series.Direction == Direction.LowerIsBetter,
            [.. series.Points.Select(p => JournalDates.ToShort(p.Date))],
            [.. series.Points.Select(p => p.Value)],
            [.. series.Points.Select(p => p.WeekBaseline)],
            [.. series.Points.Select(p => p.MonthBaseline)],
            [.. series.Points.Select(p => p.Wins.Count > 0 ? p.Value : null)],
            [.. series.Points.Select(p => p.Wins.Count > 0 ? string.Join(", ", p.Wins) : null)]);
        return JsonSerializer.Serialize(chart, Options);
    }

    private sealed record ChartData(
        string Label,
        string Unit,
        bool LowerIsBetter,
        IReadOnlyList<string> Labels,
        IReadOnlyList<decimal?> Values,
        IReadOnlyList<decimal?> Week,
        IReadOnlyList<decimal?> Month,
        IReadOnlyList<decimal?> Wins,
        IReadOnlyList<string?> WinLabels);
}
