using Healactively.Browser.Tests.Infrastructure;

namespace Healactively.Browser.Tests.Journal;

/// <summary>A journal entry made with the keyboard alone: Tab, arrows, typing and Enter; no clicks.</summary>
public sealed class KeyboardJournalTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_patient_journals_with_the_keyboard_alone_and_the_entry_saves()
    {
        var shots = new Screenshots("keyboard-journal");
        await using var context = await app.NewPhoneAsync();
        var console = ConsoleWatch.On(context);
        var page = await context.NewPageAsync();
        await UserFlows.RegisterPatientAsync(page, "Kim");
        await page.GotoAsync("/Journal/Entry");

        // The pain scale is one radio group: Tab reaches it, arrows choose (Skip → 0 → 1 → 2 → 3).
        await Keyboard.TabToAsync(page, "input[name='Input.Pain']");
        await Keyboard.AssertFocusVisibleAsync(page);
        for (var i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("ArrowRight");
        }

        await Keyboard.TabToAsync(page, "#Input_SittingMinutes");
        await Keyboard.AssertFocusVisibleAsync(page);
        await page.Keyboard.TypeAsync("35");
        await Keyboard.TabToAsync(page, "#Input_Walking");
        await page.Keyboard.TypeAsync("2.5");
        await Keyboard.TabToAsync(page, "#Input_EasierToday");
        await page.Keyboard.TypeAsync("Getting out of the car");
        await Keyboard.TabToAsync(page, "#Input_Helped");
        await page.Keyboard.TypeAsync("walk, heat pack");
        await shots.TakeAsync(page, "filled-with-keyboard");
        await page.Keyboard.PressAsync("Enter");

        await page.Locator("#saved-summary").WaitForAsync();
        await shots.TakeAsync(page, "saved");
        Assert.Equal("3", await page.Locator("input[name='Input.Pain']:checked").GetAttributeAsync("value"));
        Assert.Equal("35", await page.Locator("#Input_SittingMinutes").InputValueAsync());
        Assert.Equal("2.5", await page.Locator("#Input_Walking").InputValueAsync());
        Assert.Equal("walk, heat pack", await page.Locator("#Input_Helped").InputValueAsync());
        console.AssertNoCspViolations();
    }
}
