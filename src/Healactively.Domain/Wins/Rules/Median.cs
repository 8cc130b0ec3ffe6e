namespace Healactively.Domain.Wins.Rules;

/// <summary>The spec's median: the middle value, or the mean of the two middle values for an even count.</summary>
internal static class Median
{
    /// <summary>The median of values already sorted ascending (at least one).</summary>
    public static decimal OfSorted(ReadOnlySpan<decimal> sorted)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("The median of no values is undefined.", nameof(sorted));
        }

        var middle = sorted.Length / 2;
        if (sorted.Length % 2 == 1)
        {
            return sorted[middle];
        }

        var low = sorted[middle - 1];
        var high = sorted[middle];
        return low == high ? low : (low + high) / 2m;
    }

    /// <summary>The median of a few values in any order; sorts <paramref name="values"/> in place.</summary>
    public static decimal Of(Span<decimal> values)
    {
        values.Sort();
        return OfSorted(values);
    }
}
