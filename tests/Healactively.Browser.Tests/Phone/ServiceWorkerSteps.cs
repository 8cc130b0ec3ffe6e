using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Phone;

/// <summary>Waiting for the app's service worker the way a returning visitor meets it: installed and in control of the page.</summary>
internal static class ServiceWorkerSteps
{
    /// <summary>Waits until /sw.js controls <paramref name="page"/> (it claims open pages when it activates).</summary>
    public static async Task WaitForControlAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => navigator.serviceWorker && navigator.serviceWorker.ready.then(() => true)");
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null", null, new() { Timeout = 15_000 });
    }

    /// <summary>The URL of the active worker's script.</summary>
    public static Task<string> ControllerScriptAsync(IPage page) =>
        page.EvaluateAsync<string>("() => navigator.serviceWorker.controller.scriptURL");
}
