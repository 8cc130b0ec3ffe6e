using Healactively.Domain.Journal;

namespace Healactively.Domain.Metrics;

/// <summary>The three metrics every journal has, with the thresholds of the spec's table.</summary>
public static class BuiltInMetrics
{
    public const string PainKey = "pain";
    public const string SittingKey = "sitting_minutes";
    public const string WalkingKey = "walking_meters";

    public static MetricDefinition Pain { get; } = new PainMetric();

    public static MetricDefinition SittingMinutes { get; } = new SittingMetric();

    public static MetricDefinition WalkingMeters { get; } = new WalkingMetric();

    public static IReadOnlyList<MetricDefinition> All { get; } = [Pain, SittingMinutes, WalkingMeters];

    public static bool IsBuiltInKey(string key) =>
        All.Any(m => string.Equals(m.Key, key, StringComparison.OrdinalIgnoreCase));

    private sealed class PainMetric() : MetricDefinition(PainKey, "Pain", "points", Direction.LowerIsBetter)
    {
        public override decimal? ValueOf(JournalEntry entry) => entry.Pain;

        public override decimal MinStep(decimal baseline) => 1m;

        // 2 points or 30 % of the baseline, whichever is smaller.
        public override decimal? ClinicallyImportantChange(decimal baseline) => Math.Min(2m, 0.3m * baseline);
    }

    private sealed class SittingMetric() : MetricDefinition(SittingKey, "Sitting", "min", Direction.HigherIsBetter)
    {
        public override decimal? ValueOf(JournalEntry entry) => entry.SittingMinutes;

        public override decimal MinStep(decimal baseline) => Math.Max(5m, 0.1m * baseline);

        public override decimal? ClinicallyImportantChange(decimal baseline) => Math.Max(10m, 0.3m * baseline);
    }

    private sealed class WalkingMetric() : MetricDefinition(WalkingKey, "Walking", "m", Direction.HigherIsBetter)
    {
        public override decimal? ValueOf(JournalEntry entry) => entry.WalkingMeters;

        public override decimal MinStep(decimal baseline) => Math.Max(100m, 0.1m * baseline);

        public override decimal? ClinicallyImportantChange(decimal baseline) => Math.Max(250m, 0.3m * baseline);
    }
}
