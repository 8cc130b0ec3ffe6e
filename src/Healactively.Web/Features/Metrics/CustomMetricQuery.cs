using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Metrics;

/// <summary>One of the patient's own metrics as its edit form shows it; the key is its CSV column and never changes.</summary>
public sealed record CustomMetricToEdit(string Key, CustomMetricForm Form);

/// <summary>One of the patient's own metrics as the remove confirmation shows it: its name and how many values go with it.</summary>
public sealed record CustomMetricToRemove(string Name, int Values);

/// <summary>Reads one of the patient's own metrics by id; another patient's metric is not found.</summary>
public sealed class CustomMetricQuery(AppDbContext db)
{
    public async Task<CustomMetricToEdit?> FindToEditAsync(string patientId, long id, CancellationToken cancellationToken)
    {
        var metric = await db.CustomMetrics.AsNoTracking()
            .Where(m => m.Id == id && m.PatientId == patientId)
            .Select(m => new { m.Key, m.Name, m.Unit, m.Direction, m.MinStep, m.ClinicallyImportantChange })
            .SingleOrDefaultAsync(cancellationToken);
        return metric is null
            ? null
            : new CustomMetricToEdit(metric.Key, new CustomMetricForm
            {
                Name = metric.Name,
                Unit = metric.Unit,
                Better = metric.Direction == Direction.LowerIsBetter ? "lower" : "higher",
                MinStep = metric.MinStep,
                ClinicallyImportantChange = metric.ClinicallyImportantChange,
            });
    }

    public async Task<string?> FindKeyAsync(string patientId, long id, CancellationToken cancellationToken) =>
        await db.CustomMetrics.AsNoTracking()
            .Where(m => m.Id == id && m.PatientId == patientId)
            .Select(m => m.Key)
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<CustomMetricToRemove?> FindToRemoveAsync(string patientId, long id, CancellationToken cancellationToken) =>
        await db.CustomMetrics.AsNoTracking()
            .Where(m => m.Id == id && m.PatientId == patientId)
            .Select(m => new CustomMetricToRemove(m.Name, db.CustomMetricValues.Count(v => v.MetricId == m.Id)))
            .SingleOrDefaultAsync(cancellationToken);
}
