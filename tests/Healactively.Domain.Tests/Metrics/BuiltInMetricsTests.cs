using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Domain.Tests.Metrics;

/// <summary>The thresholds of the spec's table, exactly (decimal, no floating-point drift).</summary>
public class BuiltInMetricsTests
{
    [Theory]
    [InlineData("pain", "10", "1", "2")]
    [InlineData("pain", "5", "1", "1.5")]
    [InlineData("pain", "2", "1", "0.6")]
    [InlineData("pain", "0", "1", "0")]
    [InlineData("sitting_minutes", "20", "5", "10")]
    [InlineData("sitting_minutes", "70", "7", "21")]
    [InlineData("sitting_minutes", "32.5", "5", "10")]
    [InlineData("walking_meters", "800", "100", "250")]
    [InlineData("walking_meters", "1100", "110", "330")]
    [InlineData("walking_meters", "2000", "200", "600")]
    public void Thresholds(string key, string baseline, string minStep, string mcid)
    {
        var metric = Assert.Single(BuiltInMetrics.All, m => m.Key == key);
        var b = decimal.Parse(baseline, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(decimal.Parse(minStep, System.Globalization.CultureInfo.InvariantCulture), metric.MinStep(b));
        Assert.Equal(decimal.Parse(mcid, System.Globalization.CultureInfo.InvariantCulture), metric.ClinicallyImportantChange(b));
    }

    [Fact]
    public void Directions_and_values()
    {
        var entry = new JournalEntry(new DateOnly(2026, 3, 8)) { Pain = 4, SittingMinutes = 45, WalkingMeters = 1200 };

        Assert.Equal(Direction.LowerIsBetter, BuiltInMetrics.Pain.Direction);
        Assert.Equal(Direction.HigherIsBetter, BuiltInMetrics.SittingMinutes.Direction);
        Assert.Equal(Direction.HigherIsBetter, BuiltInMetrics.WalkingMeters.Direction);
        Assert.Equal([4m, 45m, 1200m], BuiltInMetrics.All.Select(m => m.ValueOf(entry)));
        Assert.Equal([null, null, null], BuiltInMetrics.All.Select(m => m.ValueOf(new JournalEntry(entry.Date))));
    }
}
