using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Domain.Wins.Moments;

/// <summary>
/// The order of subjects on the journal form, used to break ties between equally strong moments of one date:
/// the metrics (built-in, then custom in the patient's order), the functional wins, the flare-up marks, then the streak.
/// A subject the journal no longer has (a removed custom metric) comes after every known one, ordered by its key.
/// </summary>
public sealed class SubjectOrder
{
    private readonly Dictionary<string, int> _ranks = new(StringComparer.Ordinal);

    public SubjectOrder(IEnumerable<MetricDefinition> metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        foreach (var metric in metrics)
        {
            _ranks.TryAdd(metric.Key, _ranks.Count);
        }

        foreach (var item in FunctionalWinCatalog.All)
        {
            _ranks.TryAdd(item.Key, _ranks.Count);
        }

        _ranks.TryAdd(WinKeys.FlareMetric, _ranks.Count);
        _ranks.TryAdd(WinKeys.StreakMetric, _ranks.Count);
    }

    /// <summary>The order for a journal with only the built-in metrics.</summary>
    public static SubjectOrder BuiltIn { get; } = new(BuiltInMetrics.All);

    public int Compare(string a, string b)
    {
        var known = _ranks.Count;
        var rankA = _ranks.TryGetValue(a, out var ra) ? ra : known;
        var rankB = _ranks.TryGetValue(b, out var rb) ? rb : known;
        return rankA != rankB ? rankA.CompareTo(rankB) : string.CompareOrdinal(a, b);
    }
}
