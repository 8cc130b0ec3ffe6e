using Healactively.Domain.Metrics;

namespace Healactively.Domain.Insights;

/// <summary>
/// One tag and how the numbers changed from a day with it to the next day, against days without it.
/// <see cref="Associations"/> is empty while there are too few days to compare; then
/// <see cref="MoreDaysWith"/> and <see cref="MoreDaysWithout"/> say how many more are needed.
/// </summary>
public sealed record TagFinding(TagKind Kind, string Tag, IReadOnlyList<TagAssociation> Associations, int MoreDaysWith, int MoreDaysWithout)
{
    public bool HasEnoughDays => Associations.Count > 0;
}

/// <summary>
/// The mean change of one metric from that day to the next day (next minus that day), after days with a tag and
/// after days without it. An association in the patient's own journal, never a cause.
/// </summary>
public sealed record TagAssociation(MetricDefinition Metric, decimal MeanChangeWith, decimal MeanChangeWithout, int DaysWith, int DaysWithout)
{
    /// <summary>Mean change with the tag minus mean change without it, in the metric's stored unit.</summary>
    public decimal Difference => MeanChangeWith - MeanChangeWithout;

    /// <summary>True when the next day moved the better way after the tag than after other days (pain fell more, sitting or walking rose more).</summary>
    public bool IsBetter => Metric.Direction == Direction.LowerIsBetter ? Difference < 0 : Difference > 0;
}
