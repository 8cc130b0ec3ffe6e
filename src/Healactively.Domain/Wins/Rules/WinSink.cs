using System.Buffers;

namespace Healactively.Domain.Wins.Rules;

/// <summary>
/// Collects the wins the rules find and hands them back in the wins CSV order. Every win falls on an entry's date,
/// so the wins are bucketed by entry (a counting sort, linear) and only each entry's few wins are sorted by key.
/// Working arrays come from the shared pool: dispose the sink.
/// </summary>
internal sealed class WinSink : IDisposable
{
    private readonly int _entryCount;
    private int[] _entryIndexes;
    private long[] _keys;
    private Win[] _wins;
    private int _count;

    public WinSink(DateOnly from, int entryCount)
    {
        FromDay = from.DayNumber;
        _entryCount = entryCount;
        var capacity = Math.Max(16, entryCount * 3);
        _entryIndexes = ArrayPool<int>.Shared.Rent(capacity);
        _keys = ArrayPool<long>.Shared.Rent(capacity);
        _wins = ArrayPool<Win>.Shared.Rent(capacity);
    }

    /// <summary>Wins before this day are not wanted (the rules still read the entries before it).</summary>
    public int FromDay { get; }

    public bool Wants(DateOnly date) => date.DayNumber >= FromDay;

    /// <summary>Adds a win dated on the entry at <paramref name="entryIndex"/>.</summary>
    public void Add(int entryIndex, int metricRank, Win win)
    {
        if (_count == _wins.Length)
        {
            Grow();
        }

        _entryIndexes[_count] = entryIndex;
        _keys[_count] = WinOrder.Key(win.Date, win.Kind, metricRank, win.Window);
        _wins[_count] = win;
        _count++;
    }

    public Win[] ToSortedArray()
    {
        if (_count == 0)
        {
            return [];
        }

        // Counting sort by entry: bucket starts, then scatter.
        var next = ArrayPool<int>.Shared.Rent(_entryCount + 1);
        var sortedKeys = ArrayPool<long>.Shared.Rent(_count);
        try
        {
            Array.Clear(next, 0, _entryCount + 1);
            for (var i = 0; i < _count; i++)
            {
                next[_entryIndexes[i] + 1]++;
            }

            for (var e = 1; e <= _entryCount; e++)
            {
                next[e] += next[e - 1];
            }

            var sorted = new Win[_count];
            for (var i = 0; i < _count; i++)
            {
                var position = next[_entryIndexes[i]]++;
                sorted[position] = _wins[i];
                sortedKeys[position] = _keys[i];
            }

            // Each entry's wins now sit together (bucket e ends at next[e]); put them in key order.
            var start = 0;
            for (var e = 0; e < _entryCount; e++)
            {
                var end = next[e];
                SortBucket(sortedKeys, sorted, start, end);
                start = end;
            }

            return sorted;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(next);
            ArrayPool<long>.Shared.Return(sortedKeys);
        }
    }

    public void Dispose()
    {
        if (_wins.Length == 0)
        {
            return; // already returned
        }

        ArrayPool<int>.Shared.Return(_entryIndexes);
        ArrayPool<long>.Shared.Return(_keys);
        ArrayPool<Win>.Shared.Return(_wins, clearArray: true);
        _entryIndexes = [];
        _keys = [];
        _wins = [];
    }

    // An insertion sort: a bucket holds one entry's wins, a handful.
    private static void SortBucket(long[] keys, Win[] wins, int start, int end)
    {
        for (var i = start + 1; i < end; i++)
        {
            var key = keys[i];
            var win = wins[i];
            var j = i - 1;
            while (j >= start && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                wins[j + 1] = wins[j];
                j--;
            }

            keys[j + 1] = key;
            wins[j + 1] = win;
        }
    }

    private void Grow()
    {
        var size = _wins.Length * 2;
        var entryIndexes = ArrayPool<int>.Shared.Rent(size);
        var keys = ArrayPool<long>.Shared.Rent(size);
        var wins = ArrayPool<Win>.Shared.Rent(size);
        _entryIndexes.AsSpan(0, _count).CopyTo(entryIndexes);
        _keys.AsSpan(0, _count).CopyTo(keys);
        _wins.AsSpan(0, _count).CopyTo(wins);
        Dispose();
        _entryIndexes = entryIndexes;
        _keys = keys;
        _wins = wins;
    }
}
