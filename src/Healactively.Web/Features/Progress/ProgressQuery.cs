using System.Globalization;
using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Progress;

/// <summary>What the progress page shows for one range of days ending today.</summary>
public sealed record ProgressView(int Days, DateOnly From, DateOnly To, IReadOnlyList<MetricSeries> Series, int WinCount)
{
    /// <summary>Ranges longer than this list their numbers by week under each chart (the chart still draws every day).</summary>
    public const int DailyTableDays = 30;

    public bool TableByWeek => Days > DailyTableDays;
}

/// <summary>Each metric's values over the last 30, 90 or 365 days with its baselines and wins.</summary>
/// <remarks>
/// Computed once per journal stamp, local day and unit (<see cref="PatientViewCache"/>): the charts of a year were the
/// dearest patient page (a daily series with week and month baselines per metric, then its JSON), and the patient's
/// page and their clinicians' timelines share the cached view.
/// </remarks>
public sealed class ProgressQuery(AppDbContext db, MetricHistoryQuery history, PatientViewCache cache)
{
    public const int DefaultDays = 30;

    public static IReadOnlyList<int> Ranges { get; } = [30, 90, 365];

    /// <summary>"30", "90" or "365"; anything else is the default range.</summary>
    public static int ParseRange(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && Ranges.Contains(days) ? days : DefaultDays;

    public async Task<ProgressView> RunAsync(PatientContext patient, int days, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var view = string.Create(CultureInfo.InvariantCulture, $"progress-{days}");
        if (cache.TryGet<ProgressView>(view, patient, out var cached))
        {
            return cached;
        }

        var computed = await ComputeAsync(patient, days, cancellationToken);
        cache.Set(view, patient, computed);
        return computed;
    }

    private async Task<ProgressView> ComputeAsync(PatientContext patient, int days, CancellationToken cancellationToken)
    {
        var to = patient.Today;
        var from = to.AddDays(1 - days);
        var values = await history.LoadAsync(patient.PatientId, from.AddDays(-Baselines.MonthDays), to, cancellationToken);
        var wins = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patient.PatientId && w.Date >= from && w.Date <= to)
            .Select(w => new ProgressWin(w.Date, w.Metric, w.Kind, w.Window))
            .ToListAsync(cancellationToken);

        var series = ProgressSeriesBuilder.Build(values, wins, from, to, patient.DistanceUnit);
        // The count people read counts moments (one per date and subject), not stored rows.
        var moments = wins.Select(w => (w.Date, w.Metric)).Distinct().Count();
        return new ProgressView(days, from, to, series, moments);
    }
}
