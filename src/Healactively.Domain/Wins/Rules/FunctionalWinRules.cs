using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Domain.Wins.Rules;

/// <summary>
/// Spec kinds <c>micro_win</c> (one per ticked functional win) and <c>first_in_30_days</c> (ticked today, not on any entry
/// of the month window, and the month window has at least 8 entries).
/// </summary>
internal static class FunctionalWinRules
{
    public static void Evaluate(JournalEntry[] entries, WinOrder order, WinSink sink)
    {
        var catalog = FunctionalWinCatalog.All;
        Span<int> lastTickedDay = stackalloc int[catalog.Count];
        lastTickedDay.Fill(int.MinValue);
        var monthStart = 0;

        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.FunctionalWins == FunctionalWins.None)
            {
                continue;
            }

            var day = entry.Date.DayNumber;
            var monthFirstDay = day - Baselines.MonthDays;
            while (entries[monthStart].Date.DayNumber < monthFirstDay)
            {
                monthStart++;
            }

            var monthEntries = i - monthStart;
            var wanted = day >= sink.FromDay;
            for (var item = 0; item < catalog.Count; item++)
            {
                var definition = catalog[item];
                if ((entry.FunctionalWins & definition.Flag) == 0)
                {
                    continue;
                }

                if (wanted)
                {
                    var rank = order.ChecklistRank(item);
                    sink.Add(i, rank, new Win(entry.Date, WinKind.MicroWin, definition.Key, null, null, null, null, null, definition.Sentence));
                    if (monthEntries >= WinRules.FirstIn30DaysMinEntries && lastTickedDay[item] < monthFirstDay)
                    {
                        sink.Add(i, rank, new Win(
                            entry.Date, WinKind.FirstIn30Days, definition.Key, null, null, null, null, null, definition.FirstSentence));
                    }
                }

                lastTickedDay[item] = day;
            }
        }
    }
}
