using System.Globalization;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Tests.Support;

namespace Healactively.Domain.Tests.Metrics;

public class MetricFormatTests
{
    [Theory]
    [InlineData("32.5", "32.5")]
    [InlineData("45", "45")]
    [InlineData("45.00", "45")]
    [InlineData("1.25", "1.25")]
    [InlineData("0.1", "0.1")]
    [InlineData("1.005", "1.01")]
    [InlineData("2.675", "2.68")]
    [InlineData("-1.005", "-1.01")]
    [InlineData("1.004", "1")]
    [InlineData("-0.001", "0")]
    [InlineData("0", "0")]
    [InlineData("100000", "100000")]
    [InlineData("1234567.891", "1234567.89")]
    public void FormatNumber_has_at_most_two_decimals_and_no_trailing_zeros(string value, string expected)
    {
        Assert.Equal(expected, MetricFormat.FormatNumber(decimal.Parse(value, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void FormatNumber_ignores_the_current_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Assert.Equal("1234.5", MetricFormat.FormatNumber(1234.5m));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData(0, DistanceUnit.Kilometres, "0 m")]
    [InlineData(400, DistanceUnit.Kilometres, "400 m")]
    [InlineData(999.5, DistanceUnit.Kilometres, "999.5 m")]
    [InlineData(1000, DistanceUnit.Kilometres, "1 km")]
    [InlineData(1250, DistanceUnit.Kilometres, "1.25 km")]
    [InlineData(1234, DistanceUnit.Kilometres, "1.23 km")]
    [InlineData(100000, DistanceUnit.Kilometres, "100 km")]
    [InlineData(400, DistanceUnit.Miles, "0.25 mi")]
    [InlineData(1200, DistanceUnit.Miles, "0.75 mi")]
    [InlineData(3218.688, DistanceUnit.Miles, "2 mi")]
    public void FormatDistance_in_the_patients_unit(double meters, DistanceUnit unit, string expected)
    {
        Assert.Equal(expected, MetricFormat.FormatDistance((decimal)meters, unit));
    }

    [Theory]
    [InlineData(600, 800, DistanceUnit.Kilometres, "600 → 800 m")]
    [InlineData(800, 1200, DistanceUnit.Kilometres, "0.8 → 1.2 km")]
    [InlineData(1200, 1600, DistanceUnit.Kilometres, "1.2 → 1.6 km")]
    [InlineData(1200, 1600, DistanceUnit.Miles, "0.75 → 0.99 mi")]
    public void FormatDistanceChange_uses_one_unit_for_both(int from, int to, DistanceUnit unit, string expected)
    {
        Assert.Equal(expected, MetricFormat.FormatDistanceChange(from, to, unit));
    }

    [Theory]
    [InlineData("sitting", 45, DistanceUnit.Kilometres, "45 min")]
    [InlineData("pain", 1, DistanceUnit.Kilometres, "1 point")]
    [InlineData("pain", 3, DistanceUnit.Kilometres, "3 points")]
    [InlineData("walking", 1600, DistanceUnit.Kilometres, "1.6 km")]
    [InlineData("walking", 1600, DistanceUnit.Miles, "0.99 mi")]
    [InlineData("posture", 40.5, DistanceUnit.Kilometres, "40.5 degrees")]
    [InlineData("score", 0.3, DistanceUnit.Kilometres, "0.3")]
    public void FormatValue_with_the_metric_unit(string metric, double value, DistanceUnit unit, string expected)
    {
        Assert.Equal(expected, MetricFormat.FormatValue(TestJournal.Metric(metric), (decimal)value, unit));
    }
}
