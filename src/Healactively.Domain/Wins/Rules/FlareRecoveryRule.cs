using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Domain.Wins.Rules;

/// <summary>
/// Spec kind <c>flare_recovery_faster</c>: on the day a flare-up is marked over, a win when it took strictly fewer days
/// than the median of the up-to-3 most recent earlier completed flare-ups. Marks the timeline refuses are skipped,
/// the episodes it could build still count; an ongoing flare-up is never compared.
/// </summary>
internal static class FlareRecoveryRule
{
    public static void Evaluate(JournalEntry[] entries, int metricRank, WinSink sink)
    {
        var timeline = FlareTimeline.Build(entries);

        // The most recent earlier recoveries, oldest first.
        Span<decimal> recent = stackalloc decimal[WinRules.FlareHistory];
        Span<decimal> scratch = stackalloc decimal[WinRules.FlareHistory];
        var recentCount = 0;

        foreach (var episode in timeline.Episodes)
        {
            if (episode is not { End: { } end, RecoveryDays: { } days })
            {
                continue;
            }

            if (recentCount > 0 && sink.Wants(end))
            {
                recent[..recentCount].CopyTo(scratch);
                var baseline = Baselines.MedianSortingInPlace(scratch[..recentCount]);
                if (days < baseline)
                {
                    var message = WinSentences.FlareRecovery(days, baseline, recentCount);
                    sink.Add(IndexOf(entries, end), metricRank, new Win(
                        end, WinKind.FlareRecoveryFaster, WinKeys.FlareMetric, null, baseline, days, baseline - days, null, message));
                }
            }

            if (recentCount == WinRules.FlareHistory)
            {
                recent[1..].CopyTo(recent);
                recentCount--;
            }

            recent[recentCount++] = days;
        }
    }

    /// <summary>The index of the entry on <paramref name="date"/> (an episode ends on an entry's date).</summary>
    private static int IndexOf(JournalEntry[] entries, DateOnly date)
    {
        int low = 0, high = entries.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var compared = entries[middle].Date.CompareTo(date);
            if (compared == 0)
            {
                return middle;
            }

            if (compared < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        throw new InvalidOperationException($"No entry on {date:yyyy-MM-dd}, where a flare-up ended.");
    }
}
