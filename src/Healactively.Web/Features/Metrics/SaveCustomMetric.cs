using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Metrics;

/// <summary>
/// Adds, changes and removes a patient's own metrics through the <see cref="JournalWriter"/>; wins are recomputed whenever
/// the rules' inputs change (a metric's thresholds or direction, or its values going away).
/// </summary>
public sealed class SaveCustomMetric(AppDbContext db, JournalWriter writer)
{
    /// <summary>How many metrics of their own a patient can have.</summary>
    public const int MaxMetrics = 10;

    /// <summary>Adds the metric, or returns why it cannot be added.</summary>
    public Task<string?> AddAsync(PatientContext patient, CustomMetricForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentNullException.ThrowIfNull(form);
        var key = MetricSlug.From(form.Name);
        if (key.Length == 0)
        {
            return Task.FromResult<string?>("Use at least one letter or digit in the name.");
        }

        if (CustomMetricKeys.IsReserved(key))
        {
            return Task.FromResult<string?>($"“{form.Name.Trim()}” is already part of your journal. Choose another name.");
        }

        return writer.WriteAsync(
            new JournalWrite<string?>(patient, async (_, ct) =>
            {
                var existing = await db.CustomMetrics.Where(m => m.PatientId == patient.PatientId).Select(m => m.Key).ToListAsync(ct);
                if (existing.Contains(key, StringComparer.Ordinal))
                {
                    return new JournalChange<string?>.Unchanged("You already have a metric with this name.");
                }

                if (existing.Count >= MaxMetrics)
                {
                    return new JournalChange<string?>.Unchanged($"You can have up to {MaxMetrics} metrics of your own. Remove one first.");
                }

                var metric = new CustomMetricRecord { PatientId = patient.PatientId, Key = key };
                Apply(metric, form);
                db.CustomMetrics.Add(metric);
                // A new metric has no values yet, so no win changes.
                return new JournalChange<string?>.Write(null, _ => null);
            }),
            cancellationToken);
    }

    /// <summary>Changes the name shown, the unit and the thresholds (the key stays, so imports keep working).</summary>
    public Task<bool> UpdateAsync(PatientContext patient, long id, CustomMetricForm form, CancellationToken cancellationToken) =>
        ChangeAsync(patient, id, metric => Apply(metric, form), cancellationToken);

    /// <summary>Removes the metric and every value recorded for it, and the wins it had earned.</summary>
    public Task<bool> RemoveAsync(PatientContext patient, long id, CancellationToken cancellationToken) =>
        ChangeAsync(patient, id, metric => db.CustomMetrics.Remove(metric), cancellationToken);

    private Task<bool> ChangeAsync(PatientContext patient, long id, Action<CustomMetricRecord> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        return writer.WriteAsync(
            new JournalWrite<bool>(patient, async (_, ct) =>
            {
                var metric = await db.CustomMetrics.SingleOrDefaultAsync(m => m.Id == id && m.PatientId == patient.PatientId, ct);
                if (metric is null)
                {
                    return new JournalChange<bool>.Unchanged(false);
                }

                change(metric);
                return new JournalChange<bool>.Write(DateOnly.MinValue, _ => true);
            }),
            cancellationToken);
    }

    private static void Apply(CustomMetricRecord metric, CustomMetricForm form)
    {
        metric.Name = form.Name.Trim();
        metric.Unit = form.Unit.Trim();
        metric.Direction = form.Better == "lower" ? Direction.LowerIsBetter : Direction.HigherIsBetter;
        metric.MinStep = form.MinStep!.Value;
        metric.ClinicallyImportantChange = form.ClinicallyImportantChange;
    }
}
