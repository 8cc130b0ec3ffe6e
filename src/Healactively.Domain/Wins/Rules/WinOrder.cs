using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Domain.Wins.Rules;

/// <summary>
/// The wins CSV order (date, then the kind, metric and window keys compared ordinally) as one sortable number per win.
/// Metric keys are ranked once per journal, so sorting compares numbers instead of strings.
/// </summary>
internal sealed class WinOrder
{
    private const int DayShift = 41;
    private const int KindShift = 38;
    private const int MetricShift = 2;

    private static readonly int[] KindRanks = RankKinds();
    private readonly int[] _ranks;
    private readonly int _metricCount;

    public WinOrder(IReadOnlyList<MetricDefinition> metrics)
    {
        // Sources of metric keys: the journal's metrics, "flare", "journal", then the checklist items.
        _metricCount = metrics.Count;
        var catalog = FunctionalWinCatalog.All;
        var keys = new string[_metricCount + 2 + catalog.Count];
        for (var i = 0; i < _metricCount; i++)
        {
            keys[i] = metrics[i].Key;
        }

        keys[_metricCount] = WinKeys.FlareMetric;
        keys[_metricCount + 1] = WinKeys.StreakMetric;
        for (var i = 0; i < catalog.Count; i++)
        {
            keys[_metricCount + 2 + i] = catalog[i].Key;
        }

        // Equal keys (a custom metric named like another) stay in source order, so the order is still total.
        var sources = new int[keys.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = i;
        }

        Array.Sort(sources, (a, b) =>
        {
            var byKey = string.CompareOrdinal(keys[a], keys[b]);
            return byKey != 0 ? byKey : a.CompareTo(b);
        });

        _ranks = new int[keys.Length];
        for (var rank = 0; rank < sources.Length; rank++)
        {
            _ranks[sources[rank]] = rank;
        }
    }

    public int MetricRank(int metricIndex) => _ranks[metricIndex];

    public int FlareRank => _ranks[_metricCount];

    public int StreakRank => _ranks[_metricCount + 1];

    public int ChecklistRank(int catalogIndex) => _ranks[_metricCount + 2 + catalogIndex];

    /// <summary>A number that sorts as date, kind key, metric key, window key do.</summary>
    public static long Key(DateOnly date, WinKind kind, int metricRank, WinWindow? window) =>
        ((long)date.DayNumber << DayShift)
        | ((long)KindRanks[(int)kind] << KindShift)
        | ((long)metricRank << MetricShift)
        | WindowRank(window);

    // The window keys in ordinal order: "" < "month" < "week".
    private static long WindowRank(WinWindow? window) => window switch
    {
        null => 0,
        WinWindow.Month => 1,
        _ => 2,
    };

    private static int[] RankKinds()
    {
        // Only the daily kinds pass through the sink (3 bits of rank); the outcome kinds are merged in by WinDetector.
        var kinds = Enum.GetValues<WinKind>().Where(k => k < WinKind.PsfsActivity).ToArray();
        var ordered = kinds.OrderBy(WinKeys.Of, StringComparer.Ordinal).ToArray();
        var ranks = new int[kinds.Max(k => (int)k) + 1];
        for (var rank = 0; rank < ordered.Length; rank++)
        {
            ranks[(int)ordered[rank]] = rank;
        }

        return ranks;
    }
}
