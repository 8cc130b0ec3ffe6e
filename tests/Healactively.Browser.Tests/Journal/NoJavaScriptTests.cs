using Healactively.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Journal;

/// <summary>With JavaScript off, a patient still registers, journals, copies yesterday and reads progress as tables.</summary>
public sealed class NoJavaScriptTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_patient_journals_without_javascript()
    {
        var shots = new Screenshots("no-javascript");
        await using var context = await app.NewPhoneAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await UserFlows.RegisterPatientAsync(page, "Jo");
        await UserFlows.JournalAsync(page, "2026-11-24", pain: 5, sitting: "20", walking: "1");
        await shots.TakeAsync(page, "saved-without-js");
        Assert.Equal("1 win that day", (await page.Locator("#wins-earned-count").InnerTextAsync()).Trim());

        await page.GotoAsync("/Journal/Entry");
        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "5 minutes more" }).IsVisibleAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Same as yesterday" }).ClickAsync();
        await page.GetByLabel("Longest comfortable sitting").FillAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.Locator("#saved-summary").WaitForAsync();
        Assert.Equal("5", await page.Locator("input[name='Input.Pain']:checked").GetAttributeAsync("value"));
        Assert.Equal("30", await page.Locator("#Input_SittingMinutes").InputValueAsync());

        await page.GotoAsync("/Progress");
        await shots.TakeAsync(page, "progress-without-js");
        Assert.False(await page.Locator("#chart-pain").IsVisibleAsync());
        Assert.Equal(2, await page.Locator("#table-pain tbody tr").CountAsync());
    }
}
