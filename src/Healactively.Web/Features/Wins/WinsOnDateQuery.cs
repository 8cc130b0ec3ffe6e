using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Wins;

/// <summary>A win earned on the day, with its numbers.</summary>
public sealed record WinOfDay(string Message, string Label, string? Numbers);

/// <summary>The stored wins of one patient's day.</summary>
public sealed class WinsOnDateQuery(AppDbContext db)
{
    /// <summary>Just the sentences, as the journal form shows them after a save.</summary>
    public async Task<IReadOnlyList<string>> MessagesAsync(string patientId, DateOnly date, CancellationToken cancellationToken) =>
        await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patientId && w.Date == date)
            .OrderBy(w => w.Kind).ThenBy(w => w.Metric)
            .Select(w => w.Message)
            .ToListAsync(cancellationToken);

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
