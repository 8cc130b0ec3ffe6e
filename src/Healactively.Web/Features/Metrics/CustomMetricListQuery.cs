using System.Globalization;
using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Metrics;

/// <summary>One of the patient's own metrics as the metrics page lists it, numbers already written for display.</summary>
public sealed record CustomMetricListItem(long Id, string Key, string Name, string Unit, string Better, string MinStep, string? ClinicallyImportantChange, int Values);

/// <summary>The patient's own metrics, in the order they were added.</summary>
public sealed class CustomMetricListQuery(AppDbContext db)
{
    /// <summary>The metrics page's list, with how many values each holds.</summary>
    public async Task<IReadOnlyList<CustomMetricListItem>> ListAsync(string patientId, CancellationToken cancellationToken)
    {
        var rows = await db.CustomMetrics.AsNoTracking()
            .Where(m => m.PatientId == patientId)
            .OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.Key, m.Name, m.Unit, m.Direction, m.MinStep, m.ClinicallyImportantChange, Values = db.CustomMetricValues.Count(v => v.MetricId == m.Id) })
            .ToListAsync(cancellationToken);
        return rows.Select(m => new CustomMetricListItem(m.Id, m.Key, m.Name, m.Unit, m.Direction == Direction.HigherIsBetter ? "higher" : "lower",
            Format(m.MinStep), m.ClinicallyImportantChange is { } c ? Format(c) : null, m.Values)).ToArray();
    }

    /// <summary>The metrics as stored, for the journal form: its fields are matched to an entry's values by metric id.</summary>
    public async Task<IReadOnlyList<CustomMetricRecord>> RecordsAsync(string patientId, CancellationToken cancellationToken) =>
        await db.CustomMetrics.AsNoTracking()
            .Where(m => m.PatientId == patientId)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
