using System.Net;
using System.Text.Json;
using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Healactively.Web.Tests.Infrastructure.JournalDays;

namespace Healactively.Web.Tests.Progress;

/// <summary>The progress page: one chart per metric with its baselines and wins, and a data table under each that works without JavaScript.</summary>
public sealed class ProgressPageTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string AllThreeWins = "Improvement (week), Improvement (month), Personal best";

    /// <summary>
    /// Sitting 20 minutes from 10 to 21 November, 40 on the 22nd, 50 today (the 25th); one walk today.
    /// Both the 22nd and the 25th beat the week and month medians (20) and the month's best.
    /// </summary>
    private static async Task<HttpClient> PatientWithSittingHistoryAsync(HealactivelyFactory factory, string unit = "Kilometres")
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory, unit: unit);
        await SaveAsync(client, Range("2026-11-10", "2026-11-21", ("SittingMinutes", "20")));
        await SaveAsync(client,
            ("2026-11-22", [("SittingMinutes", "40")]),
            ("2026-11-25", [("SittingMinutes", "50"), ("Walking", "1.5")]));
        return client;
    }

    private static string[] Row(HtmlPage page, string metric, string date) =>
        [.. page.Find($"#table-{metric} tr[data-date='{date}']")!.Children.Select(TextOf)];

    [Fact]
    public async Task Each_metric_has_a_table_with_the_values_baselines_and_wins_of_known_days()
    {
        var client = await PatientWithSittingHistoryAsync(factory);

        var page = await HtmlPage.GetOkAsync(client, "/Progress");

        // What helps comes first, pain last.
        Assert.Equal(["sitting_minutes", "walking_meters", "pain"], page.FindAll(".progress-metric").Select(s => s.GetAttribute("data-metric")));

        Assert.Equal(["Wed 25 Nov", "50", "20", "20", AllThreeWins], Row(page, "sitting_minutes", "2026-11-25"));
        Assert.Equal(["Sun 22 Nov", "40", "20", "20", AllThreeWins], Row(page, "sitting_minutes", "2026-11-22"));
        Assert.Equal(["Wed 18 Nov", "20", "20", "20", ""], Row(page, "sitting_minutes", "2026-11-18"));
        // Not enough values before: no month baseline until 8 values, no week baseline until 3.
        Assert.Equal(["Fri 13 Nov", "20", "20", "", ""], Row(page, "sitting_minutes", "2026-11-13"));
        Assert.Equal(["Thu 12 Nov", "20", "", "", ""], Row(page, "sitting_minutes", "2026-11-12"));
        // Only recorded days are rows, newest first; a missing day is never a zero.
        var dates = page.FindAll("#table-sitting_minutes tbody tr").Select(r => r.GetAttribute("data-date")).ToArray();
        Assert.Equal(14, dates.Length);
        Assert.Equal("2026-11-25", dates[0]);
        Assert.Equal("2026-11-10", dates[^1]);
        Assert.DoesNotContain("2026-11-24", dates);

        Assert.Equal(["Wed 25 Nov", "1.5", "", "", ""], Row(page, "walking_meters", "2026-11-25"));
        Assert.Contains("(km)", TextOf(page.Find("#progress-walking_meters h2")), StringComparison.Ordinal);

        Assert.Null(page.Find("#chart-pain"));
        Assert.NotNull(page.Find("#progress-pain .no-values"));
    }

    [Fact]
    public async Task Each_chart_is_a_labelled_image_with_its_data_as_json()
    {
        var client = await PatientWithSittingHistoryAsync(factory);

        var page = await HtmlPage.GetOkAsync(client, "/Progress");

        var canvas = page.Find("canvas#chart-sitting_minutes")!;
        Assert.Equal("img", canvas.GetAttribute("role"));
        Assert.Equal("Sitting over 30 days: from 20 to 50 min; 2 wins.", canvas.GetAttribute("aria-label"));
        Assert.Equal(
            "Walking over 30 days: 1.5 km, recorded once; no wins yet.",
            page.Find("canvas#chart-walking_meters")!.GetAttribute("aria-label"));
        Assert.StartsWith("Sitting over 30 days: from 20 to 50 min; 2 wins.", TextOf(page.Find("#table-sitting_minutes caption")), StringComparison.Ordinal);

        var json = page.Find("script#chart-data-sitting_minutes")!;
        Assert.Equal("application/json", json.GetAttribute("type"));
        using var data = JsonDocument.Parse(json.TextContent);
        var root = data.RootElement;
        Assert.Equal("Sitting", root.GetProperty("label").GetString());
        Assert.Equal("min", root.GetProperty("unit").GetString());
        // The chart starts at the first recorded day (10 November), not 30 days back with the line squeezed to the right.
        Assert.Equal(16, root.GetProperty("labels").GetArrayLength());
        Assert.Equal("Tue 10 Nov", root.GetProperty("labels")[0].GetString());
        Assert.Equal("Wed 25 Nov", root.GetProperty("labels")[15].GetString());
        var values = root.GetProperty("values");
        Assert.Equal(50m, values[15].GetDecimal());
        Assert.Equal(JsonValueKind.Null, values[14].ValueKind);
        Assert.Equal(20m, root.GetProperty("week")[15].GetDecimal());
        Assert.Equal(20m, root.GetProperty("month")[15].GetDecimal());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("month")[2].ValueKind);
        Assert.Equal(40m, root.GetProperty("wins")[12].GetDecimal());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("wins")[13].ValueKind);
        Assert.Equal(AllThreeWins, root.GetProperty("winLabels")[15].GetString());

        // Chart.js is served from the app itself (vendored, fingerprinted by static assets), never a CDN.
        foreach (var script in new[] { "/lib/chart.js/chart.umd.min.", "/js/progress-charts." })
        {
            var src = page.Find($"script[src^='{script}']")!.GetAttribute("src")!;
            var served = await client.GetAsync(src);
            Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        }

        Assert.Empty(page.FindAll("script:not([src]):not([type='application/json'])"));
    }

    [Fact]
    public async Task The_range_can_be_90_days_or_a_year_and_anything_else_is_30_days()
    {
        var client = await PatientWithSittingHistoryAsync(factory);

        var ninety = await HtmlPage.GetOkAsync(client, "/Progress?range=90");
        Assert.Equal("Sitting over 90 days: from 20 to 50 min; 2 wins.", ninety.Find("#chart-sitting_minutes")!.GetAttribute("aria-label"));
        Assert.Equal("/Progress?range=90", ninety.Find("#progress-range a[aria-current=page]")!.GetAttribute("href"));
        using (var data = JsonDocument.Parse(ninety.Find("#chart-data-sitting_minutes")!.TextContent))
        {
            // The chart starts at the first recorded day (the days before it would squeeze the line to the right).
            Assert.Equal(16, data.RootElement.GetProperty("values").GetArrayLength());
            Assert.Equal("Tue 10 Nov", data.RootElement.GetProperty("labels")[0].GetString());
        }

        var year = await HtmlPage.GetOkAsync(client, "/Progress?range=365");
        Assert.Equal("Sitting over the last year: from 20 to 50 min; 2 wins.", year.Find("#chart-sitting_minutes")!.GetAttribute("aria-label"));

        foreach (var odd in new[] { "/Progress?range=abc", "/Progress?range=-1", "/Progress?range=7", "/Progress?range=99999999999999" })
        {
            var response = await client.GetAsync(odd);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await HtmlPage.GetOkAsync(client, odd);
            Assert.Equal("Sitting over 30 days: from 20 to 50 min; 2 wins.", page.Find("#chart-sitting_minutes")!.GetAttribute("aria-label"));
            Assert.Equal("/Progress?range=30", page.Find("#progress-range a[aria-current=page]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Walks_are_charted_in_the_patients_unit()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory, unit: "Miles");
        await SaveAsync(client, ("2026-11-24", [("Walking", "2")]), ("2026-11-25", [("Walking", "0.5")]));

        var page = await HtmlPage.GetOkAsync(client, "/Progress");

        Assert.Contains("(mi)", TextOf(page.Find("#progress-walking_meters h2")), StringComparison.Ordinal);
        Assert.Equal(["Tue 24 Nov", "2", "", "", ""], Row(page, "walking_meters", "2026-11-24"));
        Assert.Equal("Walking over 30 days: from 2 to 0.5 mi; no wins yet.", page.Find("#chart-walking_meters")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task A_custom_metric_gets_its_own_chart_and_table()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        AddCustomMetric(email, "posture_angle", "Posture angle", "degrees");
        await SaveAsync(client,
            ("2026-11-21", [("Custom[0].Value", "40")]),
            ("2026-11-22", [("Custom[0].Value", "40")]),
            ("2026-11-23", [("Custom[0].Value", "40")]),
            ("2026-11-24", [("Custom[0].Value", "45.5")]));

        var page = await HtmlPage.GetOkAsync(client, "/Progress");

        Assert.Equal(["sitting_minutes", "walking_meters", "posture_angle", "pain"], page.FindAll(".progress-metric").Select(s => s.GetAttribute("data-metric")));
        Assert.Equal(["Tue 24 Nov", "45.5", "40", "", "Improvement (week)"], Row(page, "posture_angle", "2026-11-24"));
        Assert.Equal("Posture angle over 30 days: from 40 to 45.5 degrees; 1 win.", page.Find("#chart-posture_angle")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task Another_patient_sees_only_their_own_numbers()
    {
        await PatientWithSittingHistoryAsync(factory);
        var (other, _) = await Accounts.RegisterPatientAsync(factory);

        var page = await HtmlPage.GetOkAsync(other, "/Progress");

        Assert.Empty(page.FindAll("canvas"));
        Assert.Empty(page.FindAll("table"));
        Assert.Equal(3, page.FindAll(".progress-metric .no-values").Count);
    }

    [Fact]
    public async Task A_long_range_lists_its_numbers_by_week_and_still_charts_every_day()
    {
        var client = await PatientWithSittingHistoryAsync(factory);

        var month = await HtmlPage.GetOkAsync(client, "/Progress?range=30");
        var ninety = await HtmlPage.GetOkAsync(client, "/Progress?range=90");

        Assert.Null(month.Find("#table-sitting_minutes.by-week"));
        Assert.NotEmpty(month.FindAll("#table-sitting_minutes tbody tr[data-date]"));
        var weeks = ninety.FindAll("#table-sitting_minutes.by-week tbody tr");
        Assert.NotEmpty(weeks);
        Assert.Empty(ninety.FindAll("#table-sitting_minutes tbody tr[data-date]"));
        var mondays = weeks.Select(w => DateOnly.ParseExact(w.GetAttribute("data-week")!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.All(mondays, m => Assert.Equal(DayOfWeek.Monday, m.DayOfWeek));
        Assert.Equal(mondays.OrderDescending(), mondays);
        // Days recorded over the weeks add up to the days with a value in the chart.
        using var data = JsonDocument.Parse(ninety.Find("#chart-data-sitting_minutes")!.TextContent);
        var charted = data.RootElement.GetProperty("values").EnumerateArray().Count(v => v.ValueKind != JsonValueKind.Null);
        Assert.Equal(charted, weeks.Sum(w => int.Parse(w.Children[4].TextContent, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await factory.CreateBrowser().GetAsync("/Progress?range=90");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_is_charted_one_point_per_week_from_the_first_recorded_week_with_minutes_from_zero()
    {
        var client = await PatientWithSittingHistoryAsync(factory);

        var year = await HtmlPage.GetOkAsync(client, "/Progress?range=365");

        using var data = JsonDocument.Parse(year.Find("#chart-data-sitting_minutes")!.TextContent);
        var root = data.RootElement;
        Assert.True(root.GetProperty("byWeek").GetBoolean());
        Assert.True(root.GetProperty("fromZero").GetBoolean());
        // 10 to 25 November: the weeks of Monday 9, 16 and 23 November, not 365 days squeezed to the right.
        Assert.Equal(["Week of 9 Nov", "Week of 16 Nov", "Week of 23 Nov"], root.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal([20m, 20m, 50m], root.GetProperty("values").EnumerateArray().Select(v => v.GetDecimal()));
        Assert.Equal("1 day with a win", root.GetProperty("winLabels")[1].GetString());
        Assert.Equal("1 day with a win", root.GetProperty("winLabels")[2].GetString());
    }

    [Fact]
    public async Task A_new_patients_month_chart_starts_a_week_before_the_first_entry_not_thirty_days_back()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client, Range("2026-11-22", "2026-11-25", ("SittingMinutes", "15")));

        var page = await HtmlPage.GetOkAsync(client, "/Progress");

        using var data = JsonDocument.Parse(page.Find("#chart-data-sitting_minutes")!.TextContent);
        var labels = data.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()).ToArray();
        Assert.Equal(Healactively.Web.Features.Progress.ProgressChartJson.MinimumDays, labels.Length);
        Assert.Equal("Wed 25 Nov", labels[^1]);
        Assert.False(data.RootElement.GetProperty("byWeek").GetBoolean());
        Assert.True(data.RootElement.GetProperty("fromZero").GetBoolean());
    }

    private void AddCustomMetric(string email, string key, string name, string unit)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.CustomMetrics.Add(new CustomMetricRecord
        {
            PatientId = db.Users.Single(u => u.Email == email).Id,
            Key = key,
            Name = name,
            Unit = unit,
            Direction = Direction.HigherIsBetter,
            MinStep = 3m,
        });
        db.SaveChanges();
    }
}
