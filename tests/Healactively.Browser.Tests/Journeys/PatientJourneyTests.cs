using Healactively.Browser.Tests.Infrastructure;

namespace Healactively.Browser.Tests.Journeys;

/// <summary>A patient on a 360 px phone: registers, journals, sees the win, opens progress.</summary>
public sealed class PatientJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_patient_on_a_phone_journals_sees_the_win_and_their_progress()
    {
        var shots = new Screenshots("patient-journey");
        await using var context = await app.NewPhoneAsync();
        var console = ConsoleWatch.On(context);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await shots.TakeAsync(page, "landing");
        await UserFlows.RegisterPatientAsync(page, "Sam", shots);
        Assert.Contains("Hello, Sam", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        await shots.TakeAsync(page, "home-new-patient");

        // Two earlier days first, so progress has a line to draw.
        await UserFlows.JournalAsync(page, "2026-11-23", pain: 6, sitting: "20", walking: "1", sleptThrough: false);
        await UserFlows.JournalAsync(page, "2026-11-24", pain: 5, sitting: "25", walking: "1.2", sleptThrough: false);
        await UserFlows.JournalAsync(page, pain: 4, sitting: "30", walking: "1.5");
        await shots.TakeAsync(page, "entry-saved");
        Assert.Equal("1 win today", (await page.Locator("#wins-earned-count").InnerTextAsync()).Trim());
        Assert.Contains("slept through the night", await page.Locator("#wins-earned").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/Wins");
        await shots.TakeAsync(page, "wins");
        Assert.Contains("slept through the night", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync("/Progress");
        await shots.TakeAsync(page, "progress");
        console.AssertNoErrors();
        var pain = page.Locator("#chart-pain");
        await Charts.AssertDrawnAsync(pain);
        Assert.Equal(3, await page.Locator("#table-pain tbody tr").CountAsync());
        Assert.Equal(3, await page.Locator("#table-sitting_minutes tbody tr").CountAsync());

        // Every chart has a text alternative: an image role with a summary, and the numbers as a table.
        var charts = await page.Locator("canvas[data-chart]").AllAsync();
        Assert.Equal(3, charts.Count);
        foreach (var chart in charts)
        {
            Assert.Equal("img", await chart.GetAttributeAsync("role"));
            Assert.Contains(" over 30 days: ", await chart.GetAttributeAsync("aria-label") ?? string.Empty, StringComparison.Ordinal);
            var metric = (await chart.GetAttributeAsync("id"))!["chart-".Length..];
            Assert.Equal(1, await page.Locator($"#table-{metric} caption").CountAsync());
        }

        console.AssertNoCspViolations();
    }
}
