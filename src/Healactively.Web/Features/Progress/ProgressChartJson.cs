using System.Globalization;
using System.Text.Json;
using Healactively.Domain.Calendar;
using Healactively.Domain.Metrics;
using Healactively.Web.Features.Journal;

namespace Healactively.Web.Features.Progress;

/// <summary>
/// A series as the JSON that wwwroot/js/progress-charts.js draws. It sits in the page inside a
/// <c>&lt;script type="application/json"&gt;</c> element (data, not code); the default encoder escapes
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so a custom metric's name cannot close that element.
/// </summary>
/// <remarks>
/// Drawn for a phone: a year is one point per week (the median of its recorded days), not 365 points under a band of
/// stars; the days before the first value are left out (keeping at least <see cref="MinimumDays"/>), so a new
/// patient's few days fill the width; and time, distance and lower-is-better scales start at 0, so 15 → 30 min does not
/// look like a rocket.
/// </remarks>
public static class ProgressChartJson
{
    /// <summary>Ranges longer than this are drawn one point per week.</summary>
    public const int DailyChartDays = 90;

    /// <summary>The fewest days a daily chart shows, even when the first value is more recent.</summary>
    public const int MinimumDays = 7;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private static readonly HashSet<string> ZeroBasedUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "min", "mins", "minute", "minutes", "h", "hours", "s", "seconds", "m", "metres", "meters", "km", "mi", "miles", "steps",
    };

    public static string Serialize(MetricSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var lowerIsBetter = series.Direction == Direction.LowerIsBetter;
        var fromZero = lowerIsBetter || ZeroBasedUnits.Contains(series.Unit.Trim());
        var chart = series.Points.Count > DailyChartDays
            ? ByWeek(series, lowerIsBetter, fromZero)
            : ByDay(series, lowerIsBetter, fromZero);
        return JsonSerializer.Serialize(chart, Options);
    }

    private static ChartData ByDay(MetricSeries series, bool lowerIsBetter, bool fromZero)
    {
        var firstValue = series.Points.ToList().FindIndex(p => p.Value is not null);
        var start = firstValue < 0 ? 0 : Math.Max(0, Math.Min(firstValue, series.Points.Count - MinimumDays));
        var points = series.Points.Skip(start).ToList();
        return new ChartData(
            series.Name,
            series.Unit,
            lowerIsBetter,
            fromZero,
            ByWeek: false,
            [.. points.Select(p => JournalDates.ToShort(p.Date))],
            [.. points.Select(p => p.Value)],
            [.. points.Select(p => p.WeekBaseline)],
            [.. points.Select(p => p.MonthBaseline)],
            [.. points.Select(p => p.Wins.Count > 0 ? p.Value : null)],
            [.. points.Select(p => p.Wins.Count > 0 ? string.Join(", ", p.Wins) : null)]);
    }

    private static ChartData ByWeek(MetricSeries series, bool lowerIsBetter, bool fromZero)
    {
        var weeks = series.Points
            .GroupBy(p => PatientCalendar.MondayOf(p.Date))
            .OrderBy(week => week.Key)
            .Select(week =>
            {
                var values = week.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToArray();
                decimal? usual = values.Length > 0 ? Baselines.Median(values) : null;
                var month = week.LastOrDefault(p => p.MonthBaseline is not null)?.MonthBaseline;
                var winDays = week.Count(p => p.Wins.Count > 0);
                return (Monday: week.Key, Usual: usual, Month: month, WinDays: winDays);
            })
            .ToList();
        var firstValue = weeks.FindIndex(w => w.Usual is not null);
        if (firstValue > 0)
        {
            weeks = weeks.Skip(firstValue).ToList();
        }

        return new ChartData(
            series.Name,
            series.Unit,
            lowerIsBetter,
            fromZero,
            ByWeek: true,
            [.. weeks.Select(w => "Week of " + w.Monday.ToString("d MMM", CultureInfo.InvariantCulture))],
            [.. weeks.Select(w => w.Usual)],
            [.. weeks.Select(_ => (decimal?)null)],
            [.. weeks.Select(w => w.Month)],
            [.. weeks.Select(w => w.WinDays > 0 ? w.Usual : null)],
            [.. weeks.Select(w => w.WinDays switch
            {
                0 => null,
                1 => "1 day with a win",
                _ => string.Create(CultureInfo.InvariantCulture, $"{w.WinDays} days with a win"),
            })]);
    }

    private sealed record ChartData(
        string Label,
        string Unit,
        bool LowerIsBetter,
        bool FromZero,
        bool ByWeek,
        IReadOnlyList<string> Labels,
        IReadOnlyList<decimal?> Values,
        IReadOnlyList<decimal?> Week,
        IReadOnlyList<decimal?> Month,
        IReadOnlyList<decimal?> Wins,
        IReadOnlyList<string?> WinLabels);
}
