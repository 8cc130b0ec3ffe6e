using Healactively.Domain.Journal;

namespace Healactively.Domain.Wins.Rules;

/// <summary>Spec kind <c>streak</c>: the run of consecutive dates with an entry ending today is 7, 14, 30, 60, 90, 180 or 365 days long.</summary>
internal static class StreakRule
{
    public static void Evaluate(JournalEntry[] entries, int metricRank, WinSink sink)
    {
        var run = 0;
        var previousDay = int.MinValue;
        for (var index = 0; index < entries.Length; index++)
        {
            var entry = entries[index];
            var day = entry.Date.DayNumber;
            run = previousDay != int.MinValue && day == previousDay + 1 ? run + 1 : 1;
            previousDay = day;

            if (run >= WinRules.StreakLengths[0] && WinRules.StreakLengths.Contains(run) && sink.Wants(entry.Date))
            {
                sink.Add(index, metricRank, new Win(
                    entry.Date, WinKind.Streak, WinKeys.StreakMetric, null, null, run, null, null, WinSentences.Streak(run)));
            }
        }
    }
}
