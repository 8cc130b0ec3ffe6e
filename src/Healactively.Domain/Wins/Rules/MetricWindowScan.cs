using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Domain.Wins.Rules;

/// <summary>
/// One pass over a metric's recorded values with the week and month windows sliding behind each date,
/// feeding <see cref="ImprovementRule"/> and <see cref="PersonalBestRule"/>.
/// The windows live in stack buffers: no allocation per day, O(entries × window) at worst.
/// </summary>
internal static class MetricWindowScan
{
    // Holds the month window (at most 30 recorded values) plus the value of the day being read.
    private const int RingSize = 32;
    private const int RingMask = RingSize - 1;

    public static void Run(
        JournalEntry[] entries, MetricDefinition metric, int metricRank, DistanceUnit distanceUnit, WinSink sink)
    {
        Span<int> ringDays = stackalloc int[RingSize];
        Span<decimal> ringValues = stackalloc decimal[RingSize];
        var week = new SortedWindow(stackalloc decimal[Baselines.WeekDays + 1]);
        var month = new SortedWindow(stackalloc decimal[Baselines.MonthDays + 1]);
        var head = 0;
        var weekStart = 0;
        var monthStart = 0;
        var context = new MetricContext(metric, metricRank, distanceUnit);

        for (var index = 0; index < entries.Length; index++)
        {
            var entry = entries[index];
            if (metric.ValueOf(entry) is not { } value)
            {
                continue;
            }

            var day = entry.Date.DayNumber;
            while (monthStart < head && ringDays[monthStart & RingMask] < day - Baselines.MonthDays)
            {
                month.Remove(ringValues[monthStart & RingMask]);
                monthStart++;
            }

            while (weekStart < head && ringDays[weekStart & RingMask] < day - Baselines.WeekDays)
            {
                week.Remove(ringValues[weekStart & RingMask]);
                weekStart++;
            }

            if (day >= sink.FromDay)
            {
                ImprovementRule.Evaluate(context, index, entry.Date, value, week.Values, WinWindow.Week, sink);
                ImprovementRule.Evaluate(context, index, entry.Date, value, month.Values, WinWindow.Month, sink);
                PersonalBestRule.Evaluate(context, index, entry.Date, value, month.Values, sink);
            }

            ringDays[head & RingMask] = day;
            ringValues[head & RingMask] = value;
            head++;
            week.Add(value);
            month.Add(value);
        }
    }
}

/// <summary>What the metric rules need to know about the metric being scanned.</summary>
internal readonly record struct MetricContext(MetricDefinition Metric, int Rank, DistanceUnit DistanceUnit);
