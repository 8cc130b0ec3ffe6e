using Healactively.Browser.Tests.Infrastructure;

namespace Healactively.Browser.Tests.Phone;

/// <summary>The app installs on a phone: a valid manifest whose icons load, and a service worker that takes control.</summary>
public sealed class InstallableAppTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly System.Text.Json.JsonSerializerOptions WebJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    [BrowserFact]
    public async Task The_manifest_is_valid_its_icons_load_and_the_service_worker_takes_control()
    {
        await using var context = await app.NewPhoneAsync();
        var console = ConsoleWatch.On(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        var json = await page.EvaluateAsync<string>(
            """
            async () => {
              const link = document.querySelector('link[rel=manifest]');
              const response = await fetch(link.href);
              const manifest = await response.json();
              const loaded = await Promise.all(manifest.icons.map(icon => new Promise(resolve => {
                const image = new Image();
                image.onload = () => resolve(image.naturalWidth + 'x' + image.naturalHeight === icon.sizes);
                image.onerror = () => resolve(false);
                image.src = new URL(icon.src, link.href).href;
              })));
              return JSON.stringify({
                contentType: response.headers.get('content-type'),
                name: manifest.name, shortName: manifest.short_name, startUrl: manifest.start_url, display: manifest.display,
                themeColor: manifest.theme_color, backgroundColor: manifest.background_color,
                purposes: manifest.icons.map(i => i.sizes + ' ' + i.purpose),
                iconsLoaded: loaded.every(ok => ok)
              });
            }
            """);
        var manifest = System.Text.Json.JsonSerializer.Deserialize<ManifestCheck>(json, WebJson)!;

        Assert.StartsWith("application/manifest+json", manifest.ContentType, StringComparison.Ordinal);
        Assert.Equal("Healactively", manifest.ShortName);
        Assert.False(string.IsNullOrWhiteSpace(manifest.Name));
        Assert.Equal("/Home", manifest.StartUrl);
        Assert.Equal("standalone", manifest.Display);
        Assert.Matches("^#[0-9a-f]{6}$", manifest.ThemeColor);
        Assert.Matches("^#[0-9a-f]{6}$", manifest.BackgroundColor);
        Assert.Contains("192x192 any", manifest.Purposes);
        Assert.Contains("512x512 any", manifest.Purposes);
        Assert.Contains("512x512 maskable", manifest.Purposes);
        Assert.True(manifest.IconsLoaded, "An icon did not load at the size the manifest gives.");

        await ServiceWorkerSteps.WaitForControlAsync(page);
        Assert.Equal($"{app.BaseUrl}/sw.js", await ServiceWorkerSteps.ControllerScriptAsync(page));
        // A reload is served through the worker too: it controls every page at its root scope.
        await page.ReloadAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"));
        console.AssertNoErrors();
    }

    private sealed record ManifestCheck(
        string ContentType, string Name, string ShortName, string StartUrl, string Display, string ThemeColor, string BackgroundColor,
        string[] Purposes, bool IconsLoaded);
}
