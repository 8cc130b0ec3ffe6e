using System.Globalization;
using Healactively.Domain.Calendar;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using Healactively.Web.Features.Wins;

namespace Healactively.Web.Features.Progress;

/// <summary>One day of a metric's chart, in chart units: the value (null when not recorded), the baselines and the wins.</summary>
public sealed record ProgressPoint(DateOnly Date, decimal? Value, decimal? WeekBaseline, decimal? MonthBaseline, IReadOnlyList<string> Wins);

/// <summary>A metric's chart over the range, with the words that describe it to someone who cannot see it.</summary>
public sealed record MetricSeries(
    string Key,
    string Name,
    string Unit,
    Direction Direction,
    IReadOnlyList<ProgressPoint> Points,
    int WinCount,
    string Summary)
{
    private string? _chartJson;

    public bool HasValues => Points.Any(p => p.Value is not null);

    /// <summary>The chart's data as <see cref="ProgressChartJson"/> writes it, made once per series (a cached view reuses it).</summary>
    public string ChartJson => _chartJson ??= ProgressChartJson.Serialize(this);

    /// <summary>The days with a recorded value, newest first: the rows of the chart's data table.</summary>
    public IEnumerable<ProgressPoint> RecordedNewestFirst => Points.Where(p => p.Value is not null).Reverse();

    /// <summary>
    /// The weeks (Monday to Sunday, cut to the range) with a recorded value, newest first: the rows of the data table
    /// of a long range, where a row per day made a year's page about 400 KB.
    /// </summary>
    public IEnumerable<ProgressWeekRow> RecordedWeeksNewestFirst =>
        Points.Where(p => p.Value is not null)
            .GroupBy(p => PatientCalendar.MondayOf(p.Date))
            .OrderByDescending(week => week.Key)
            .Select(week =>
            {
                var values = week.Select(p => p.Value!.Value).ToArray();
                return new ProgressWeekRow(week.Key, Baselines.Median(values), values.Min(), values.Max(), values.Length, week.Count(p => p.Wins.Count > 0));
            });
}

/// <summary>One week of a metric in chart units: the median, lowest and highest of its recorded days, how many, and the days with a win.</summary>
public sealed record ProgressWeekRow(DateOnly Monday, decimal Usual, decimal Lowest, decimal Highest, int DaysRecorded, int DaysWithWin);

/// <summary>A win as the charts need it: which day and metric, and what kind.</summary>
public sealed record ProgressWin(DateOnly Date, string Metric, WinKind Kind, WinWindow? Window);

/// <summary>Builds each metric's daily series (value, week and month baselines, wins) for a range of dates.</summary>
public static class ProgressSeriesBuilder
{
    /// <param name="history">Entries from <paramref name="from"/> minus the month window up to <paramref name="to"/>, so the first days have baselines.</param>
    public static IReadOnlyList<MetricSeries> Build(
        MetricHistory history, IReadOnlyList<ProgressWin> wins, DateOnly from, DateOnly to, DistanceUnit distanceUnit)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(wins);
        var days = to.DayNumber - from.DayNumber + 1;
        var winsByMetricAndDate = wins
            .Where(w => w.Date >= from && w.Date <= to)
            .ToLookup(w => (w.Metric, w.Date));
        var series = new List<MetricSeries>(history.Metrics.Count);

        foreach (var metric in history.Metrics)
        {
            var recorded = history.Recorded(metric);
            var points = new List<ProgressPoint>(days);
            var winCount = 0;
            for (var date = from; date <= to; date = date.AddDays(1))
            {
                var onDay = winsByMetricAndDate[(metric.Key, date)]
                    .OrderBy(w => w.Kind).ThenBy(w => w.Window)
                    .Select(w => WinLabels.Brief(w.Kind, w.Window))
                    .ToArray();
                // A chart counts moments: the wins of one date about this metric are one.
                winCount += onDay.Length > 0 ? 1 : 0;
                points.Add(new ProgressPoint(
                    date,
                    recorded.TryGetValue(date, out var value) ? Chart(value) : null,
                    Baselines.Week(recorded, date) is { } week ? Chart(week) : null,
                    Baselines.Month(recorded, date) is { } month ? Chart(month) : null,
                    onDay));
            }

            var unit = ChartUnits.UnitOf(metric, distanceUnit);
            series.Add(new MetricSeries(metric.Key, metric.Name, unit, metric.Direction, points, winCount, Describe(metric, points, winCount, days, distanceUnit)));

            decimal Chart(decimal value) => ChartUnits.ToChart(metric, value, distanceUnit);
        }

        return series;
    }

    /// <summary>"Sitting over 30 days: from 25 to 45 min; 3 wins."</summary>
    public static string Describe(MetricDefinition metric, IReadOnlyList<ProgressPoint> points, int winCount, int days, DistanceUnit distanceUnit)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(points);
        var span = days == 365 ? "the last year" : string.Create(CultureInfo.InvariantCulture, $"{days} days");
        var values = points.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToArray();
        var lowerIsBetter = metric.Direction == Direction.LowerIsBetter ? " (lower is better)" : string.Empty;
        var wins = winCount switch
        {
            0 => "no wins yet",
            1 => "1 win",
            _ => string.Create(CultureInfo.InvariantCulture, $"{winCount} wins"),
        };

        return values.Length switch
        {
            0 => $"{metric.Name} over {span}: nothing recorded yet.",
            1 => $"{metric.Name} over {span}: {ChartUnits.Format(metric, values[0], distanceUnit)}, recorded once{lowerIsBetter}; {wins}.",
            _ => $"{metric.Name} over {span}: from {MetricFormat.FormatNumber(values[0])} to {ChartUnits.Format(metric, values[^1], distanceUnit)}{lowerIsBetter}; {wins}.",
        };
    }
}
