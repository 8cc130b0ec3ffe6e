using Healactively.Domain.Metrics;

namespace Healactively.Domain.Insights;

/// <summary>
/// One tag and how the next day's numbers differed after days with it and days without it.
/// <see cref="Associations"/> is empty while there are too few days to compare; then
/// <see cref="MoreDaysWith"/> and <see cref="MoreDaysWithout"/> say how many more are needed.
/// </summary>
public sealed record TagFinding(TagKind Kind, string Tag, IReadOnlyList<TagAssociation> Associations, int MoreDaysWith, int MoreDaysWithout)
{
    public bool HasEnoughDays => Associations.Count > 0;
}

/// <summary>
/// The mean next-day value of one metric after days with a tag and after days without it.
/// An association in the patient's own journal, never a cause.
/// </summary>
public sealed record TagAssociation(MetricDefinition Metric, decimal MeanWith, decimal MeanWithout, int DaysWith, int DaysWithout)
{
    /// <summary>Mean with the tag minus mean without it, in the metric's stored unit.</summary>
    public decimal Difference => MeanWith - MeanWithout;

    /// <summary>True when the next day was better on average after the tag (lower pain, longer sitting or walking).</summary>
    public bool IsBetter => Metric.Direction == Direction.LowerIsBetter ? Difference < 0 : Difference > 0;
}
