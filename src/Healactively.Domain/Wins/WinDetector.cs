using Healactively.Domain.Journal;
using Healactively.Domain.Outcomes;
using Healactively.Domain.Wins.Rules;

namespace Healactively.Domain.Wins;

/// <summary>
/// The win rules of the spec as a pure, deterministic function: journal in, wins out.
/// Every win on a date depends only on entries (and check-ins, goals) on or before that date.
/// </summary>
/// <remarks>
/// Cost is linear in the number of entries (times the metrics and the 30-day window at worst), with no allocation per day
/// beyond the wins themselves. After an edit on date D, recompute with <c>Detect(journal, D)</c>: improvement, personal best
/// and first-in-30-days wins change only on D … D+30, but streak and flare-recovery wins can change on any later date,
/// and outcome wins (outcome-measures.md) on any later check-in or goal date.
/// </remarks>
public static class WinDetector
{
    /// <summary>All wins of the journal, sorted by date, kind, metric, window.</summary>
    public static IReadOnlyList<Win> Detect(PatientJournal journal) => Detect(journal, DateOnly.MinValue);

    /// <summary>The wins dated on or after <paramref name="from"/>, sorted by date, kind, metric, window.</summary>
    public static IReadOnlyList<Win> Detect(PatientJournal journal, DateOnly from)
    {
        ArgumentNullException.ThrowIfNull(journal);
        var daily = DetectDaily(journal, from);
        var outcomes = OutcomeWinRules.Evaluate(journal, from);
        if (outcomes.Count == 0)
        {
            return daily;
        }

        // The daily wins are already in CSV order; the few outcome wins join them by the same keys (a stable sort).
        Win[] all = [.. daily, .. outcomes];
        return [.. all.OrderBy(w => w.Date)
            .ThenBy(w => WinKeys.Of(w.Kind), StringComparer.Ordinal)
            .ThenBy(w => w.Metric, StringComparer.Ordinal)
            .ThenBy(w => WinKeys.Of(w.Window), StringComparer.Ordinal)];
    }

    private static Win[] DetectDaily(PatientJournal journal, DateOnly from)
    {
        var entries = journal.Entries as JournalEntry[] ?? [.. journal.Entries];
        if (entries.Length == 0 || entries[^1].Date < from)
        {
            return [];
        }

        var metrics = journal.Metrics;
        var order = new WinOrder(metrics);
        using var sink = new WinSink(from, entries.Length);

        for (var i = 0; i < metrics.Count; i++)
        {
            MetricWindowScan.Run(entries, metrics[i], order.MetricRank(i), journal.DistanceUnit, sink);
        }

        FlareRecoveryRule.Evaluate(entries, order.FlareRank, sink);
        StreakRule.Evaluate(entries, order.StreakRank, sink);
        FunctionalWinRules.Evaluate(entries, order, sink);
        return sink.ToSortedArray();
    }
}
