namespace Healactively.Web.Data.Entities;

/// <summary>The value of one custom metric on one journal entry.</summary>
public sealed class CustomMetricValueRecord
{
    public long EntryId { get; set; }

    public long MetricId { get; set; }

    public decimal Value { get; set; }

    public CustomMetricRecord Metric { get; set; } = null!;
}
