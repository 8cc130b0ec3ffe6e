using Healactively.Domain.Metrics;

namespace Healactively.Domain.Tests.Metrics;

public class MedianTests
{
    [Theory]
    [InlineData(new[] { 7.0 }, 7.0)]
    [InlineData(new[] { 1.0, 2.0 }, 1.5)]
    [InlineData(new[] { 3.0, 1.0, 2.0 }, 2.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    [InlineData(new[] { 30.0, 35.0, 30.0, 40.0, 35.0, 30.0 }, 32.5)]
    [InlineData(new[] { 5.0, 5.0, 9.0, 9.0 }, 7.0)]
    [InlineData(new[] { 0.2, 0.1 }, 0.15)]
    public void Median_of_values_in_any_order(double[] values, double expected)
    {
        var decimals = values.Select(v => (decimal)v).ToArray();

        Assert.Equal((decimal)expected, Baselines.MedianSortingInPlace(decimals));
        Assert.Equal((decimal)expected, Baselines.Median(values.Select(v => (decimal)v)));
    }

    [Fact]
    public void Median_of_nothing_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Baselines.MedianOfSorted([]));
    }
}
