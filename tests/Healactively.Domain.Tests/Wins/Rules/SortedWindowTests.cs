using Healactively.Domain.Wins.Rules;

namespace Healactively.Domain.Tests.Wins.Rules;

public class SortedWindowTests
{
    [Fact]
    public void Values_stay_sorted_through_adds_and_removes_with_duplicates()
    {
        var window = new SortedWindow(new decimal[8]);
        foreach (var value in new[] { 5m, 1m, 5m, 3m, 9m, 1m })
        {
            window.Add(value);
        }

        Assert.Equal([1m, 1m, 3m, 5m, 5m, 9m], window.Values.ToArray());

        window.Remove(5m);
        window.Remove(1m);
        window.Remove(9m);

        Assert.Equal([1m, 3m, 5m], window.Values.ToArray());
        Assert.Equal(3, window.Count);
    }

    [Fact]
    public void Removing_a_value_that_is_not_there_is_a_bug()
    {
        var window = new SortedWindow(new decimal[2]);
        window.Add(1m);

        var thrown = false;
        try
        {
            window.Remove(2m);
        }
        catch (InvalidOperationException)
        {
            thrown = true;
        }

        Assert.True(thrown);
    }
}
