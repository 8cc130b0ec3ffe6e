namespace Healactively.Web.Features.Outcomes;

/// <summary>A goal as a form posts it: the patient's words, the metric key (or <c>psfs:{id}</c>), the target, an optional date.</summary>
public sealed record GoalInput(string? Title, string? Metric, decimal? Target, DateOnly? TargetDate);
