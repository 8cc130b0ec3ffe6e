using Healactively.Web.Features.Care;

namespace Healactively.Web.Tests.Clinician;

/// <summary>
/// "Pain above usual" does not cry wolf: it needs at least 2 of the last 3 recorded pain values above the month median
/// by the clinically important change (2 points or 30 % of the usual, whichever is smaller; the threshold counts).
/// The usual here is 3 (ten days of 3), so the change needed is 0.9 points: 4 is above, 3.9 would not be.
/// </summary>
public sealed class TriagePainTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    // One high day among the last three: no flag (the old rule flagged it).
    [InlineData(new[] { 3.0, 3.0, 4.0 }, false)]
    [InlineData(new[] { 4.0, 3.0, 3.0 }, false)]
    // Two of three: a flag, wherever they fall.
    [InlineData(new[] { 4.0, 4.0, 3.0 }, true)]
    [InlineData(new[] { 4.0, 3.0, 4.0 }, true)]
    [InlineData(new[] { 5.0, 6.0, 7.0 }, true)]
    // Exactly the clinically important change (3 + 0.9 = 3.9) counts; just under it does not.
    [InlineData(new[] { 3.9, 3.9, 3.0 }, true)]
    [InlineData(new[] { 3.8, 3.8, 3.0 }, false)]
    public void Two_of_the_last_three_values_above_the_usual_by_the_clinically_important_change_raise_the_flag(double[] lastThree, bool flagged)
    {
        var pain = new Dictionary<DateOnly, decimal>();
        for (var d = 20; d >= 11; d--)
        {
            pain[Today.AddDays(-d)] = 3m;
        }

        // The last three recorded values, oldest first, on the last three days.
        for (var i = 0; i < lastThree.Length; i++)
        {
            pain[Today.AddDays(i - 2)] = (decimal)lastThree[i];
        }

        var result = TriagePain.Of(pain, Today);

        Assert.Equal(flagged, result.AboveUsual);
        Assert.Equal((decimal)lastThree[^1], result.Now);
    }

    [Fact]
    public void Without_a_month_baseline_or_a_recent_value_there_is_no_flag()
    {
        Assert.False(TriagePain.Of(new Dictionary<DateOnly, decimal> { [Today] = 9m, [Today.AddDays(-1)] = 9m }, Today).AboveUsual);
        Assert.Null(TriagePain.Of(new Dictionary<DateOnly, decimal> { [Today.AddDays(-10)] = 9m }, Today).Now);
    }
}
