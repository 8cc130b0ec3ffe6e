using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;
using Healactively.Web.Tests.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Metrics;

public sealed class CustomMetricTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private static Dictionary<string, string?> Posture(string better = "higher", string step = "3", string? mcid = null) => new()
    {
        ["Input.Name"] = "Posture angle",
        ["Input.Unit"] = "degrees",
        ["Input.Better"] = better,
        ["Input.MinStep"] = step,
        ["Input.ClinicallyImportantChange"] = mcid,
    };

    private static async Task<HtmlPage> AddAsync(HttpClient client, Dictionary<string, string?> values)
    {
        var page = await HtmlPage.GetOkAsync(client, "/Metrics");
        return await page.SubmitAsync(client, "#add-metric-form", values);
    }

    [Fact]
    public async Task A_metric_of_my_own_appears_on_the_journal_form_and_earns_improvement_wins()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var added = await AddAsync(client, Posture(mcid: "10"));
        Assert.Equal(HttpStatusCode.Redirect, added.Status);

        var list = await HtmlPage.GetOkAsync(client, "/Metrics");
        Assert.NotNull(list.Find("tr[data-metric-key='posture_angle']"));

        var form = await HtmlPage.GetOkAsync(client, "/Journal/Entry/2026-11-21");
        Assert.Contains("Posture angle", form.Text, StringComparison.Ordinal);
        Assert.Equal("posture_angle", form.Find("input[name='Input.Custom[0].Key']")!.GetAttribute("value"));

        foreach (var (date, angle) in new[] { ("2026-11-21", "30"), ("2026-11-22", "31"), ("2026-11-23", "29") })
        {
            var saved = await JournalForms.SaveAsync(client, date, new Dictionary<string, string?> { ["Input.Custom[0].Value"] = angle });
            Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        }

        // Week baseline median(30, 31, 29) = 30; 34 − 30 = 4 ≥ step 3 → a micro win (4 < 10).
        var win = await JournalForms.SaveAsync(client, "2026-11-24", new Dictionary<string, string?> { ["Input.Custom[0].Value"] = "34" });
        var summary = await HtmlPage.FollowAsync(client, win);
        Assert.Contains("posture angle", summary.Find("#wins-earned")!.TextContent, StringComparison.OrdinalIgnoreCase);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var userId = Accounts.UserId(factory, email);
        var stored = await db.Wins.AsNoTracking().Where(w => w.PatientId == userId && w.Metric == "posture_angle").ToListAsync();
        var improvement = Assert.Single(stored);
        Assert.Equal(new DateOnly(2026, 11, 24), improvement.Date);
        Assert.Equal(30m, improvement.Baseline);
        Assert.Equal(4m, improvement.Delta);
        Assert.Equal(Domain.Wins.WinTier.Micro, improvement.Tier);
    }

    [Fact]
    public async Task Raising_the_step_recalculates_wins_and_removing_the_metric_asks_first_then_removes_its_values_and_wins()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await AddAsync(client, Posture());
        foreach (var (date, angle) in new[] { ("2026-11-21", "30"), ("2026-11-22", "30"), ("2026-11-23", "30"), ("2026-11-24", "34") })
        {
            await JournalForms.SaveAsync(client, date, new Dictionary<string, string?> { ["Input.Custom[0].Value"] = angle });
        }

        var userId = Accounts.UserId(factory, email);
        int PostureWins()
        {
            using var scope = factory.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<AppDbContext>().Wins.Count(w => w.PatientId == userId && w.Metric == "posture_angle");
        }

        Assert.Equal(1, PostureWins());
        var metricId = long.Parse(new Uri(new Uri("http://x"), (await HtmlPage.GetOkAsync(client, "/Metrics")).Find("a[href^='/Metrics/Edit/']")!.GetAttribute("href")!).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);

        var edit = await HtmlPage.GetOkAsync(client, $"/Metrics/Edit/{metricId}");
        var edited = await edit.SubmitAsync(client, "#edit-metric-form", Posture(step: "5"));
        Assert.Equal(HttpStatusCode.Redirect, edited.Status);
        Assert.Equal(0, PostureWins());

        var confirm = await HtmlPage.GetOkAsync(client, $"/Metrics/Remove/{metricId}");
        Assert.Contains("4 values", confirm.Find("#remove-warning")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, JournalTestData.Entries(factory, email).Sum(e => e.CustomValues.Count));

        var removed = await confirm.SubmitAsync(client, "#remove-metric-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.Equal(0, JournalTestData.Entries(factory, email).Sum(e => e.CustomValues.Count));
        Assert.Equal(4, JournalTestData.Entries(factory, email).Count);
    }

    [Theory]
    [InlineData("Input.Name", "", "Give your metric a name")]
    [InlineData("Input.Name", "Pain", "already part of your journal")]
    [InlineData("Input.Name", "Slept through night", "already part of your journal")]
    [InlineData("Input.Name", "!!!", "at least one letter or digit")]
    [InlineData("Input.Unit", "", "Say what unit")]
    [InlineData("Input.MinStep", "", "smallest change that counts")]
    [InlineData("Input.MinStep", "0", "from 0.01 to 100000")]
    [InlineData("Input.MinStep", "three", "Enter a number for")]
    [InlineData("Input.MinStep", "2.555", "at most 2 decimals")]
    [InlineData("Input.Better", "sideways", "higher or lower")]
    [InlineData("Input.ClinicallyImportantChange", "1", "cannot be smaller")]
    public async Task A_bad_metric_is_refused_beside_its_field_and_nothing_is_added(string field, string value, string message)
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var values = Posture();
        values[field] = value;

        var result = await AddAsync(client, values);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(message, result.ValidationMessageFor(field), StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var userId = Accounts.UserId(factory, email);
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().CustomMetrics.AnyAsync(m => m.PatientId == userId));
    }

    [Fact]
    public async Task The_same_name_twice_is_refused()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await AddAsync(client, Posture());
        var again = await AddAsync(client, Posture());
        Assert.Contains("already have a metric with this name", again.ValidationMessageFor("Input.Name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_patient_gets_404_for_my_metric()
    {
        var (owner, _) = await Accounts.RegisterPatientAsync(factory);
        await AddAsync(owner, Posture());
        var href = (await HtmlPage.GetOkAsync(owner, "/Metrics")).Find("a[href^='/Metrics/Remove/']")!.GetAttribute("href")!;
        var (other, _) = await Accounts.RegisterPatientAsync(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(href)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(href.Replace("Remove", "Edit", StringComparison.Ordinal))).StatusCode);
        var token = (await HtmlPage.GetOkAsync(other, "/Metrics")).Find("#add-metric-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync(href, content)).StatusCode);
        Assert.NotNull((await HtmlPage.GetOkAsync(owner, "/Metrics")).Find("tr[data-metric-key='posture_angle']"));
    }
}
