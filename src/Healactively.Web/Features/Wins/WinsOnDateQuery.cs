using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Wins;

/// <summary>A win earned on the day, with its numbers.</summary>
public sealed record WinOfDay(string Message, string Label, string? Numbers);

/// <summary>The stored wins of one patient's day.</summary>
public sealed class WinsOnDateQuery(AppDbContext db)
{
    /// <summary>The day's moments, strongest first, as the journal form shows them after a save ("2 wins today").</summary>
    public async Task<IReadOnlyList<MomentCard>> MomentsAsync(PatientContext patient, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var rows = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patient.PatientId && w.Date == date)
            .Select(w => new { w.Date, w.Kind, w.Metric, w.Window, w.Baseline, w.Value, w.Delta, w.Tier, w.Message })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var customMetrics = await db.CustomMetrics.AsNoTracking()
            .Where(m => m.PatientId == patient.PatientId)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        IReadOnlyList<MetricDefinition> metricList = [.. BuiltInMetrics.All, .. customMetrics.Select(m => m.ToDomain())];
        var metrics = metricList.ToDictionary(m => m.Key, StringComparer.Ordinal);
        return MomentCards.StrongestFirst(
            rows.Select(w => MomentCards.Fact(w.Date, w.Kind, w.Metric, w.Window, w.Tier, w.Baseline, w.Value, w.Delta, w.Message, metrics, patient.DistanceUnit)),
            MomentCards.OrderOf(metricList),
            metrics);
    }

    /// <summary>Each win with its label and numbers, as a clinician reads the day.</summary>
    /// <param name="metrics">The patient's metrics by key, built-in and their own, to name a win's metric.</param>
    public async Task<IReadOnlyList<WinOfDay>> DetailsAsync(
        string patientId, DateOnly date, IReadOnlyDictionary<string, MetricDefinition> metrics, DistanceUnit unit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var wins = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patientId && w.Date == date)
            .OrderBy(w => w.Kind).ThenBy(w => w.Metric).ThenBy(w => w.Window)
            .Select(w => new { w.Kind, w.Metric, w.Window, w.Baseline, w.Value, w.Delta, w.Message })
            .ToListAsync(cancellationToken);
        return [.. wins.Select(w => new WinOfDay(
            w.Message,
            $"{WinLabels.Kind(w.Kind)} · {WinLabels.Metric(w.Metric, metrics)}",
            WinLabels.Numbers(w.Kind, w.Window, w.Baseline, w.Value, w.Delta, metrics.GetValueOrDefault(w.Metric), unit)))];
    }
}
