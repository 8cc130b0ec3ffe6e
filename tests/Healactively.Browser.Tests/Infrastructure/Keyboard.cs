using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Infrastructure;

public static class Keyboard
{
    /// <summary>Presses Tab until the focused element matches the selector, as a keyboard user would.</summary>
    public static async Task TabToAsync(IPage page, string selector, int maxPresses = 60)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
            {
                return;
            }
        }

        Assert.Fail($"{selector} was not reached with {maxPresses} presses of Tab.");
    }

    /// <summary>The focused element shows an outline of at least 2 px (the :focus-visible style).</summary>
    public static async Task AssertFocusVisibleAsync(IPage page)
    {
        var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
        var parts = outline.Split(' ');
        Assert.True(parts[0] != "none" && float.Parse(parts[1].Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 2, $"Focus outline is '{outline}'.");
    }
}
