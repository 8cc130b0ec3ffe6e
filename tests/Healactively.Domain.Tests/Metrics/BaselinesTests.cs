using System.Globalization;
using Healactively.Domain.Metrics;
using static Healactively.Domain.Tests.Support.TestJournal;

namespace Healactively.Domain.Tests.Metrics;

/// <summary>
/// The spec's windows, median, minimum step and clinically important change, on <see cref="Baselines"/> directly.
/// Window rows: the window, the values recorded as "D-n=value" (D is the day looked at), and the baseline or "none".
/// </summary>
public class BaselinesTests
{
    public static TheoryData<string, string, string, string> WindowRows => new()
    {
        // Edges of the week window D-7 … D-1.
        { "D-7 counts", "week", "D-7=10 D-2=20 D-1=30", "20" },
        { "D-8 does not count", "week", "D-8=10 D-2=20 D-1=30", "none" },
        { "D itself does not count", "week", "D-0=10 D-2=20 D-1=30", "none" },
        { "a later day does not count", "week", "D+1=10 D-2=20 D-1=30", "none" },

        // How many values the week needs.
        { "2 values: no week baseline", "week", "D-2=30 D-1=40", "none" },
        { "3 values: a week baseline", "week", "D-3=30 D-2=40 D-1=35", "35" },
        { "7 values, odd count", "week", "D-7=1 D-6=9 D-5=2 D-4=8 D-3=3 D-2=7 D-1=4", "4" },
        { "even count: the mean of the two middle values", "week", "D-4=30 D-3=40 D-2=50 D-1=60", "45" },
        { "the worked example", "week", "D-7=30 D-6=35 D-5=30 D-4=40 D-3=35 D-1=30", "32.5" },

        // Edges and count of the month window D-30 … D-1.
        { "D-30 counts", "month", "D-30=1 D-8=2 D-7=2 D-6=3 D-5=3 D-4=4 D-3=4 D-2=5", "3" },
        { "D-31 does not count", "month", "D-31=1 D-8=2 D-7=2 D-6=3 D-5=3 D-4=4 D-3=4 D-2=5", "none" },
        { "D itself does not count in the month", "month", "D-0=1 D-8=2 D-7=2 D-6=3 D-5=3 D-4=4 D-3=4 D-2=5", "none" },
        { "7 values: no month baseline", "month", "D-7=2 D-6=3 D-5=3 D-4=4 D-3=4 D-2=5 D-1=5", "none" },
        { "8 values: a month baseline", "month", "D-8=2 D-7=2 D-6=3 D-5=3 D-4=4 D-3=4 D-2=5 D-1=6", "3.5" },
        { "9 values, odd count", "month", "D-29=9 D-8=2 D-7=2 D-6=3 D-5=3 D-4=4 D-3=4 D-2=5 D-1=6", "4" },
    };

    [Theory]
    [MemberData(nameof(WindowRows))]
    public void Window_baseline(string name, string window, string recorded, string expected)
    {
        _ = name;
        var values = Recorded(recorded);

        var baseline = window == "week" ? Baselines.Week(values, Today) : Baselines.Month(values, Today);

        Assert.Equal(expected, baseline is null ? "none" : Exact(baseline));
    }

    [Fact]
    public void D_minus_8_is_in_the_month_but_not_the_week()
    {
        var values = Recorded("D-7=30 D-6=30 D-5=30 D-4=30 D-3=30 D-2=30 D-1=30 D-8=10");

        Assert.Equal(30m, Baselines.Week(values, Today));
        Assert.Equal(30m, Baselines.Month(values, Today));
    }

    /// <summary>Metric, baseline, value, and whether the value beats the baseline by the minimum step (a delta equal to it does).</summary>
    public static TheoryData<string, decimal, decimal, bool> MinimumStepRows => new()
    {
        { "sitting", 70, 77, true },
        { "sitting", 70, 76, false },
        { "sitting", 20, 25, true },
        { "sitting", 20, 24, false },
        { "sitting", 30, 20, false },
        { "walking", 800, 900, true },
        { "walking", 800, 899, false },
        { "walking", 1100, 1210, true },
        { "pain", 5, 4, true },
        { "pain", 5.5m, 5, false },
        { "pain", 3, 4, false },
        { "pain", 0, 0, false },
        { "waist", 90.5m, 90, true },
        { "waist", 90.5m, 91, false },
        { "score", 0.2m, 0.3m, true },
    };

    [Theory]
    [MemberData(nameof(MinimumStepRows))]
    public void Minimum_step(string metric, decimal baseline, decimal value, bool beats)
    {
        Assert.Equal(beats, Baselines.BeatsByMinimumStep(Metric(metric), value, baseline));
    }

    /// <summary>Metric, baseline, value, and whether the change is clinically important for the better, for the worse.</summary>
    public static TheoryData<string, decimal, decimal, bool, bool> ClinicallyImportantRows => new()
    {
        // Pain: 2 points or 30 % of the baseline, whichever is smaller; lower is better.
        { "pain", 10, 8, true, false },
        { "pain", 10, 9, false, false },
        { "pain", 5, 3.5m, true, false },
        { "pain", 5, 3.6m, false, false },
        { "pain", 2, 1, true, false },
        { "pain", 3, 5, false, true },
        { "pain", 3, 3.8m, false, false },
        { "pain", 3, 3.9m, false, true },
        { "pain", 6.5m, 8, false, false },
        { "pain", 6.5m, 8.5m, false, true },
        { "pain", 0, 0, false, false },
        { "pain", 0, 1, false, true },

        // Sitting: max(10 min, 30 %); higher is better.
        { "sitting", 70, 91, true, false },
        { "sitting", 70, 90, false, false },
        { "sitting", 70, 49, false, true },
        { "sitting", 20, 30, true, false },
        { "sitting", 20, 10, false, true },

        // Walking: max(250 m, 30 %).
        { "walking", 800, 1050, true, false },
        { "walking", 2000, 2599, false, false },
        { "walking", 2000, 1400, false, true },

        // Custom metrics: the fixed change, or none at all.
        { "posture", 40, 48, true, false },
        { "posture", 40, 32, false, true },
        { "posture_no_mcid", 40, 100, false, false },
        { "posture_no_mcid", 40, 0, false, false },
        { "waist", 90.5m, 88.5m, true, false },
        { "waist", 90.5m, 92.5m, false, true },
    };

    [Theory]
    [MemberData(nameof(ClinicallyImportantRows))]
    public void Clinically_important_change(string metric, decimal baseline, decimal value, bool improvement, bool worsening)
    {
        var definition = Metric(metric);

        Assert.Equal(improvement, Baselines.IsClinicallyImportantImprovement(definition, value, baseline));
        Assert.Equal(worsening, Baselines.IsClinicallyImportantWorsening(definition, value, baseline));
    }

    [Theory]
    [InlineData("sitting", 32.5, 45, 12.5)]
    [InlineData("sitting", 30, 20, -10)]
    [InlineData("pain", 5.5, 4, 1.5)]
    [InlineData("pain", 3, 5, -2)]
    public void Delta_is_value_minus_baseline_times_direction(string metric, double baseline, double value, double delta)
    {
        Assert.Equal((decimal)delta, Baselines.Delta(Metric(metric), (decimal)value, (decimal)baseline));
    }

    /// <summary>"D-7=30 D-1=40" as values by date, D being <see cref="TestJournal.Today"/>.</summary>
    private static Dictionary<DateOnly, decimal> Recorded(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(cell => cell.Split('='))
            .ToDictionary(
                cell => Today.AddDays(int.Parse(cell[0].AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
                cell => decimal.Parse(cell[1], CultureInfo.InvariantCulture));
}
