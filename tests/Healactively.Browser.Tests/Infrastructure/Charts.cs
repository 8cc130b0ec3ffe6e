using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Infrastructure;

public static class Charts
{
    /// <summary>The canvas is shown and something was painted on it (not a blank bitmap).</summary>
    public static async Task AssertDrawnAsync(ILocator canvas)
    {
        await canvas.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        // Chart.js animates in; wait until the bitmap has painted pixels rather than for a fixed time.
        await canvas.Page.WaitForFunctionAsync(
            """
            id => {
              const c = document.getElementById(id);
              if (!c || c.width === 0 || c.height === 0) return false;
              const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
              let painted = 0;
              for (let i = 3; i < data.length; i += 4) { if (data[i] !== 0) painted++; }
              return painted > 500;
            }
            """,
            await canvas.GetAttributeAsync("id"));
    }
}
