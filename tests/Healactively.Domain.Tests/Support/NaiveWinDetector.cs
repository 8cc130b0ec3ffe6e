using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;

namespace Healactively.Domain.Tests.Support;

/// <summary>
/// The spec read literally and computed the slow way (every window re-read for every date), as an oracle
/// for the fast detector. Compares every field except the sentence.
/// </summary>
internal static class NaiveWinDetector
{
    public sealed record Fact(
        DateOnly Date, WinKind Kind, string Metric, WinWindow? Window, decimal? Baseline, decimal? Value, decimal? Delta, WinTier? Tier);

    private static readonly int[] StreakLengths = [7, 14, 30, 60, 90, 180, 365];

    public static IReadOnlyList<Fact> Detect(PatientJournal journal)
    {
        var entries = journal.Entries;
        var facts = new List<Fact>();

        foreach (var entry in entries)
        {
            var d = entry.Date;
            foreach (var metric in journal.Metrics)
            {
                if (metric.ValueOf(entry) is not { } value)
                {
                    continue;
                }

                decimal direction = (int)metric.Direction;
                foreach (var (window, days, needed) in new[] { (WinWindow.Week, 7, 3), (WinWindow.Month, 30, 8) })
                {
                    var values = RecordedValues(entries, metric, d.AddDays(-days), d.AddDays(-1));
                    if (values.Count < needed)
                    {
                        continue;
                    }

                    var baseline = MedianOf(values);
                    var delta = (value - baseline) * direction;
                    if (delta >= metric.MinStep(baseline))
                    {
                        var mcid = metric.ClinicallyImportantChange(baseline);
                        var tier = mcid is not null && delta >= mcid ? WinTier.Meaningful : WinTier.Micro;
                        facts.Add(new Fact(d, WinKind.Improvement, metric.Key, window, baseline, value, delta, tier));
                    }
                }

                var month = RecordedValues(entries, metric, d.AddDays(-30), d.AddDays(-1));
                if (month.Count >= 8 && month.All(previous => (value - previous) * direction > 0))
                {
                    var best = metric.Direction == Direction.HigherIsBetter ? month.Max() : month.Min();
                    facts.Add(new Fact(d, WinKind.PersonalBest, metric.Key, WinWindow.Month, best, value, (value - best) * direction, null));
                }
            }

            var run = 0;
            while (entries.Any(e => e.Date == d.AddDays(-run)))
            {
                run++;
            }

            if (StreakLengths.Contains(run))
            {
                facts.Add(new Fact(d, WinKind.Streak, WinKeys.StreakMetric, null, null, run, null, null));
            }

            var monthEntries = entries.Where(e => e.Date >= d.AddDays(-30) && e.Date < d).ToList();
            foreach (var item in FunctionalWinCatalog.All.Where(i => entry.FunctionalWins.HasFlag(i.Flag)))
            {
                facts.Add(new Fact(d, WinKind.MicroWin, item.Key, null, null, null, null, null));
                if (monthEntries.Count >= 8 && !monthEntries.Any(e => e.FunctionalWins.HasFlag(item.Flag)))
                {
                    facts.Add(new Fact(d, WinKind.FirstIn30Days, item.Key, null, null, null, null, null));
                }
            }
        }

        var completed = FlareTimeline.Build(entries).Episodes.Where(e => !e.IsOngoing).ToList();
        for (var i = 0; i < completed.Count; i++)
        {
            var earlier = completed.Take(i).TakeLast(3).Select(e => (decimal)e.RecoveryDays!.Value).ToList();
            var recovery = completed[i].RecoveryDays!.Value;
            if (earlier.Count > 0 && recovery < MedianOf(earlier))
            {
                var baseline = MedianOf(earlier);
                facts.Add(new Fact(completed[i].End!.Value, WinKind.FlareRecoveryFaster, WinKeys.FlareMetric, null,
                    baseline, recovery, baseline - recovery, null));
            }
        }

        return facts
            .OrderBy(f => f.Date)
            .ThenBy(f => WinKeys.Of(f.Kind), StringComparer.Ordinal)
            .ThenBy(f => f.Metric, StringComparer.Ordinal)
            .ThenBy(f => WinKeys.Of(f.Window), StringComparer.Ordinal)
            .ToList();
    }

    public static Fact ToFact(Win win) =>
        new(win.Date, win.Kind, win.Metric, win.Window, win.Baseline, win.Value, win.Delta, win.Tier);

    private static List<decimal> RecordedValues(IReadOnlyList<JournalEntry> entries, MetricDefinition metric, DateOnly first, DateOnly last) =>
        entries
            .Where(e => e.Date >= first && e.Date <= last)
            .Select(metric.ValueOf)
            .OfType<decimal>()
            .ToList();

    private static decimal MedianOf(IReadOnlyCollection<decimal> values)
    {
        var sorted = values.Order().ToList();
        var n = sorted.Count;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }
}
