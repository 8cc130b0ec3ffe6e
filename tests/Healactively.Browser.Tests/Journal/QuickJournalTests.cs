using System.Diagnostics;
using Healactively.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Journal;

/// <summary>Journaling is quick: a full entry in a handful of taps, and "Same as yesterday" for a day like the last.</summary>
public sealed class QuickJournalTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_full_entry_takes_a_handful_of_taps_and_well_under_30_seconds()
    {
        var shots = new Screenshots("quick-journal");
        await using var context = await app.NewPhoneAsync();
        var console = ConsoleWatch.On(context);
        var page = await context.NewPageAsync();
        await UserFlows.RegisterPatientAsync(page, "Noor");

        var clock = Stopwatch.StartNew();
        var steps = 0;
        async Task Step(Func<Task> action)
        {
            steps++;
            await action();
        }

        await Step(() => page.GetByRole(AriaRole.Link, new() { Name = "Journal today" }).First.ClickAsync());
        await Step(() => page.Locator("label[for=pain-4]").TapAsync());
        for (var i = 0; i < 6; i++)
        {
            await Step(() => page.GetByRole(AriaRole.Button, new() { Name = "5 minutes more" }).TapAsync());
        }

        await Step(() => page.GetByRole(AriaRole.Button, new() { Name = "0.5 km more" }).TapAsync());
        await Step(() => page.GetByRole(AriaRole.Button, new() { Name = "0.5 km more" }).TapAsync());
        await Step(() => page.GetByLabel("Slept through the night").TapAsync());
        await Step(() => page.GetByLabel(UserFlows.EasierLabel).FillAsync("Tying my shoes"));
        await shots.TakeAsync(page, "filled-with-steppers");
        await Step(() => page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync());
        await page.Locator("#saved-summary").WaitForAsync();
        clock.Stop();
        await shots.TakeAsync(page, "saved");

        Assert.Equal("30", await page.Locator("#Input_SittingMinutes").InputValueAsync());
        Assert.Equal("1", await page.Locator("#Input_Walking").InputValueAsync());
        Assert.True(steps <= 14, $"A full entry took {steps} taps.");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"A full entry took {clock.Elapsed.TotalSeconds:0.0} s in the browser.");
        console.AssertNoCspViolations();
    }

    [BrowserFact]
    public async Task Same_as_yesterday_fills_the_form_and_saves_only_when_the_patient_presses_save()
    {
        var shots = new Screenshots("same-as-yesterday");
        await using var context = await app.NewPhoneAsync();
        var console = ConsoleWatch.On(context);
        var page = await context.NewPageAsync();
        await UserFlows.RegisterPatientAsync(page, "Ada");
        await UserFlows.JournalAsync(page, "2026-11-24", pain: 5, sitting: "25", walking: "1.2");
        await page.GotoAsync("/Journal/Entry");

        var clock = Stopwatch.StartNew();
        await page.GetByRole(AriaRole.Link, new() { Name = "Same as yesterday" }).TapAsync();
        await page.Locator("#prefilled-notice").WaitForAsync();
        await shots.TakeAsync(page, "prefilled");
        Assert.Equal("5", await page.Locator("input[name='Input.Pain']:checked").GetAttributeAsync("value"));
        Assert.Equal("25", await page.Locator("#Input_SittingMinutes").InputValueAsync());
        Assert.Equal("1.2", await page.Locator("#Input_Walking").InputValueAsync());
        Assert.Equal(string.Empty, await page.Locator("#Input_EasierToday").InputValueAsync());

        // Nothing is saved yet: today still has no entry.
        await using (var otherTab = await context.NewPageAsync())
        {
            await otherTab.GotoAsync("/Journal/Entry");
            Assert.Equal(0, await otherTab.Locator("#delete-entry").CountAsync());
        }

        await page.Locator("label[for=pain-4]").TapAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).TapAsync();
        await page.Locator("#saved-summary").WaitForAsync();
        clock.Stop();
        await shots.TakeAsync(page, "saved");
        Assert.Equal("4", await page.Locator("input[name='Input.Pain']:checked").GetAttributeAsync("value"));
        Assert.Equal("25", await page.Locator("#Input_SittingMinutes").InputValueAsync());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"Same as yesterday took {clock.Elapsed.TotalSeconds:0.0} s.");
        console.AssertNoCspViolations();
    }
}
