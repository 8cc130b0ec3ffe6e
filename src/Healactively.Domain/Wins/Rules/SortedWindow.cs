namespace Healactively.Domain.Wins.Rules;

/// <summary>
/// The recorded values of a sliding window kept in ascending order over a small caller-owned buffer,
/// so the median and the best value are read without sorting or allocating.
/// </summary>
internal ref struct SortedWindow
{
    private readonly Span<decimal> _buffer;
    private int _count;

    public SortedWindow(Span<decimal> buffer)
    {
        _buffer = buffer;
        _count = 0;
    }

    public readonly int Count => _count;

    public readonly ReadOnlySpan<decimal> Values => _buffer[.._count];

    public void Add(decimal value)
    {
        if (_count == _buffer.Length)
        {
            throw new InvalidOperationException("The window buffer is full.");
        }

        // Binary search for the first larger value: equal values keep their arrival order.
        var index = 0;
        var end = _count;
        while (index < end)
        {
            var middle = (index + end) >>> 1;
            if (_buffer[middle] <= value)
            {
                index = middle + 1;
            }
            else
            {
                end = middle;
            }
        }

        // A plain loop: the window holds at most 31 values, and an overlapping Span.CopyTo is a call into native memmove.
        for (var i = _count; i > index; i--)
        {
            _buffer[i] = _buffer[i - 1];
        }

        _buffer[index] = value;
        _count++;
    }

    public void Remove(decimal value)
    {
        var index = _buffer[.._count].BinarySearch(value);
        if (index < 0)
        {
            throw new InvalidOperationException("The value to remove is not in the window.");
        }

        for (var i = index + 1; i < _count; i++)
        {
            _buffer[i - 1] = _buffer[i];
        }

        _count--;
    }
}
