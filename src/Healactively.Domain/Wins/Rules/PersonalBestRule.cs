using Healactively.Domain.Metrics;

namespace Healactively.Domain.Wins.Rules;

/// <summary>
/// Spec kind <c>personal_best</c>: with at least 8 recorded values in the month window,
/// today's value is strictly better than every one of them.
/// </summary>
internal static class PersonalBestRule
{
    public static void Evaluate(
        in MetricContext context, int entryIndex, DateOnly date, decimal value, ReadOnlySpan<decimal> sortedMonth, WinSink sink)
    {
        if (sortedMonth.Length < Baselines.MonthMinValues)
        {
            return;
        }

        var best = context.Metric.Direction == Direction.LowerIsBetter ? sortedMonth[0] : sortedMonth[^1];
        var delta = Baselines.Delta(context.Metric, value, best);
        if (delta <= 0m)
        {
            return;
        }

        var message = WinSentences.PersonalBest(context.Metric, best, value, context.DistanceUnit);
        sink.Add(entryIndex, context.Rank, new Win(date, WinKind.PersonalBest, context.Metric.Key, WinWindow.Month, best, value, delta, null, message));
    }
}
