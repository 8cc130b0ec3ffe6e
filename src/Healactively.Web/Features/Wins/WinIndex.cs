using Healactively.Domain.Wins;

namespace Healactively.Web.Features.Wins;

/// <summary>
/// The date, subject and kind of every stored win of one patient, newest first, in a few compact arrays: the Wins page's
/// counts, filter choices and page dates come from here instead of a scan of the wins table each, and it is cached per
/// journal stamp (<see cref="Patients.PatientViewCache"/>). About 8 bytes a win.
/// </summary>
public sealed class WinIndex
{
    private readonly DateOnly[] _dates;
    private readonly short[] _metrics;
    private readonly WinKind[] _kinds;
    private readonly string[] _metricKeys;

    private WinIndex(DateOnly[] dates, short[] metrics, WinKind[] kinds, string[] metricKeys)
    {
        _dates = dates;
        _metrics = metrics;
        _kinds = kinds;
        _metricKeys = metricKeys;
        MetricKeys = metricKeys;
        Kinds = [.. kinds.Distinct().Order()];
        TotalMoments = Select(null, null).Moments;
    }

    /// <summary>The subjects (metric keys) that have wins.</summary>
    public IReadOnlyList<string> MetricKeys { get; }

    /// <summary>The kinds that have wins, in the enum's order.</summary>
    public IReadOnlyList<WinKind> Kinds { get; }

    /// <summary>Moments: one per date and subject.</summary>
    public int TotalMoments { get; }

    public static WinIndex Build(IEnumerable<(DateOnly Date, string Metric, WinKind Kind)> wins)
    {
        var rows = wins.OrderByDescending(w => w.Date).ThenBy(w => w.Metric, StringComparer.Ordinal).ToArray();
        var keys = rows.Select(r => r.Metric).Distinct(StringComparer.Ordinal).ToArray();
        var numbers = keys.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => (short)p.i, StringComparer.Ordinal);
        return new WinIndex(
            [.. rows.Select(r => r.Date)],
            [.. rows.Select(r => numbers[r.Metric])],
            [.. rows.Select(r => r.Kind)],
            keys);
    }

    /// <summary>The moments and the distinct dates (newest first) of the wins on <paramref name="metric"/> and of <paramref name="kind"/>, when given.</summary>
    public (int Moments, IReadOnlyList<DateOnly> Dates) Select(string? metric, WinKind? kind)
    {
        var metricNumber = metric is null ? -1 : Array.IndexOf(_metricKeys, metric);
        if (metric is not null && metricNumber < 0)
        {
            return (0, []);
        }

        var moments = new HashSet<(DateOnly, short)>();
        var dates = new List<DateOnly>();
        for (var i = 0; i < _dates.Length; i++)
        {
            if ((metricNumber >= 0 && _metrics[i] != metricNumber) || (kind is { } k && _kinds[i] != k))
            {
                continue;
            }

            moments.Add((_dates[i], _metrics[i]));
            if (dates.Count == 0 || dates[^1] != _dates[i])
            {
                dates.Add(_dates[i]);
            }
        }

        return (moments.Count, dates);
    }
}
