using Healactively.Domain.Metrics;

namespace Healactively.Domain.Wins.Rules;

/// <summary>
/// Spec kind <c>improvement</c>: today's value beats the window median by at least the metric's minimum step;
/// <c>meaningful</c> when it also reaches the clinically important change.
/// </summary>
internal static class ImprovementRule
{
    public static void Evaluate(
        in MetricContext context, int entryIndex, DateOnly date, decimal value, ReadOnlySpan<decimal> sortedWindow, WinWindow window, WinSink sink)
    {
        var needed = window == WinWindow.Week ? Baselines.WeekMinValues : Baselines.MonthMinValues;
        if (sortedWindow.Length < needed)
        {
            return;
        }

        // The median lies between the two middle values: not better than the more favourable one means not better than the median.
        var favourableMiddle = context.Metric.Direction == Direction.LowerIsBetter
            ? sortedWindow[sortedWindow.Length / 2]
            : sortedWindow[(sortedWindow.Length - 1) / 2];
        if (Baselines.Delta(context.Metric, value, favourableMiddle) <= 0m)
        {
            return;
        }

        var baseline = Baselines.MedianOfSorted(sortedWindow);
        if (!Baselines.BeatsByMinimumStep(context.Metric, value, baseline))
        {
            return;
        }

        var delta = Baselines.Delta(context.Metric, value, baseline);
        var tier = Baselines.IsClinicallyImportantImprovement(context.Metric, value, baseline) ? WinTier.Meaningful : WinTier.Micro;
        var message = WinSentences.Improvement(context.Metric, window, baseline, value, context.DistanceUnit);
        sink.Add(entryIndex, context.Rank, new Win(date, WinKind.Improvement, context.Metric.Key, window, baseline, value, delta, tier, message));
    }
}
