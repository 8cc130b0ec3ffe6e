using Healactively.Domain.Journal;

namespace Healactively.Domain.Metrics;

/// <summary>
/// A metric a patient defined, e.g. "posture angle, degrees, higher is better, step 3".
/// Its thresholds are fixed numbers rather than functions of the baseline.
/// </summary>
public sealed class CustomMetric : MetricDefinition
{
    public CustomMetric(string key, string name, string unit, Direction direction, decimal minStep, decimal? clinicallyImportantChange)
        : base(key, name, unit, direction)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minStep);
        FixedMinStep = minStep;
        FixedClinicallyImportantChange = clinicallyImportantChange;
    }

    public decimal FixedMinStep { get; }

    public decimal? FixedClinicallyImportantChange { get; }

    public override decimal? ValueOf(JournalEntry entry) =>
        entry.CustomValues.TryGetValue(Key, out var value) ? value : null;

    public override decimal MinStep(decimal baseline) => FixedMinStep;

    public override decimal? ClinicallyImportantChange(decimal baseline) => FixedClinicallyImportantChange;
}
