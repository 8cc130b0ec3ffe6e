using Healactively.Domain.Metrics;

namespace Healactively.Web.Data.Entities;

/// <summary>A metric a patient defined for themselves.</summary>
public sealed class CustomMetricRecord
{
    public const int NameMaxLength = 40;
    public const int UnitMaxLength = 20;

    public long Id { get; set; }

    public string PatientId { get; set; } = string.Empty;

    /// <summary>Slug of the name, unique per patient; the CSV column and the wins' metric key.</summary>
    public string Key { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public string Unit { get; set; } = string.Empty;

    public Direction Direction { get; set; }

    public decimal MinStep { get; set; }

    public decimal? ClinicallyImportantChange { get; set; }

    public CustomMetric ToDomain() => new(Key, Name, Unit, Direction, MinStep, ClinicallyImportantChange);
}
