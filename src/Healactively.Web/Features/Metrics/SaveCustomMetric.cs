using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Metrics;

/// <summary>Adds, changes and removes a patient's own metrics; wins are recomputed whenever the rules' inputs change.</summary>
public sealed class SaveCustomMetric(AppDbContext db, WinRecalculator wins)
{
    /// <summary>How many metrics of their own a patient can have.</summary>
    public const int MaxMetrics = 10;

    /// <summary>Adds the metric, or returns why it cannot be added.</summary>
    public async Task<string?> AddAsync(PatientContext patient, CustomMetricForm form, CancellationToken cancellationToken)
    {
        var key = MetricSlug.From(form.Name);
        if (key.Length == 0)
        {
            return "Use at least one letter or digit in the name.";
        }

        if (CustomMetricKeys.IsReserved(key))
        {
            return $"“{form.Name.Trim()}” is already part of your journal. Choose another name.";
        }

        var existing = await db.CustomMetrics.Where(m => m.PatientId == patient.PatientId).Select(m => m.Key).ToListAsync(cancellationToken);
        if (existing.Contains(key, StringComparer.Ordinal))
        {
            return "You already have a metric with this name.";
        }

        if (existing.Count >= MaxMetrics)
        {
            return $"You can have up to {MaxMetrics} metrics of your own. Remove one first.";
        }

        db.CustomMetrics.Add(new CustomMetricRecord
        {
            PatientId = patient.PatientId,
            Key = key,
            Name = form.Name.Trim(),
            Unit = form.Unit.Trim(),
            Direction = form.Better == "lower" ? Direction.LowerIsBetter : Direction.HigherIsBetter,
            MinStep = form.MinStep!.Value,
            ClinicallyImportantChange = form.ClinicallyImportantChange,
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Changes the name shown, the unit and the thresholds (the key stays, so imports keep working).</summary>
    public async Task<bool> UpdateAsync(PatientContext patient, long id, CustomMetricForm form, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var metric = await db.CustomMetrics.SingleOrDefaultAsync(m => m.Id == id && m.PatientId == patient.PatientId, cancellationToken);
        if (metric is null)
        {
            return false;
        }

        metric.Name = form.Name.Trim();
        metric.Unit = form.Unit.Trim();
        metric.Direction = form.Better == "lower" ? Direction.LowerIsBetter : Direction.HigherIsBetter;
        metric.MinStep = form.MinStep!.Value;
        metric.ClinicallyImportantChange = form.ClinicallyImportantChange;
        await db.SaveChangesAsync(cancellationToken);
        await wins.RecalculateAllAsync(patient.PatientId, patient.DistanceUnit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Removes the metric and every value recorded for it, and the wins it had earned.</summary>
    public async Task<bool> RemoveAsync(PatientContext patient, long id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var metric = await db.CustomMetrics.SingleOrDefaultAsync(m => m.Id == id && m.PatientId == patient.PatientId, cancellationToken);
        if (metric is null)
        {
            return false;
        }

        db.CustomMetrics.Remove(metric);
        await db.SaveChangesAsync(cancellationToken);
        await wins.RecalculateAllAsync(patient.PatientId, patient.DistanceUnit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
