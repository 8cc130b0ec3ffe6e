using Healactively.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Healactively.Browser.Tests.LookAndFeel;

/// <summary>The pages follow the phone's light or dark setting; screenshots of both are kept to look at.</summary>
public sealed class ColorSchemeTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private static readonly string[] PatientPages = ["/Home", "/Journal/Entry", "/Wins", "/Wins/Week", "/Progress", "/Journal"];

    [BrowserFact]
    public async Task Pages_follow_the_system_colour_scheme_on_a_phone()
    {
        await using var context = await app.NewPhoneAsync();
        var page = await context.NewPageAsync();
        var shots = new Screenshots("light-and-dark");
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new() { ColorScheme = scheme });
            await page.GotoAsync("/");
            await AssertThemeAsync(page, scheme);
            await shots.TakeAsync(page, $"landing-{scheme}".ToLowerInvariant());
        }

        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await UserFlows.RegisterPatientAsync(page, "Lu");
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new() { ColorScheme = scheme });
            foreach (var address in PatientPages)
            {
                await page.GotoAsync(address);
                await AssertThemeAsync(page, scheme);
                await shots.TakeAsync(page, $"empty{address.Replace('/', '-')}-{scheme}".ToLowerInvariant());
            }
        }

        await UserFlows.JournalAsync(page, "2026-11-24", pain: 5, sitting: "25");
        await UserFlows.JournalAsync(page, pain: 4, sitting: "35");
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new() { ColorScheme = scheme });
            foreach (var address in PatientPages)
            {
                await page.GotoAsync(address);
                await AssertThemeAsync(page, scheme);
                await shots.TakeAsync(page, $"journaled{address.Replace('/', '-')}-{scheme}".ToLowerInvariant());
            }
        }
    }

    /// <summary>color-mode.js sets Bootstrap's data-bs-theme from prefers-color-scheme, and the page background follows.</summary>
    private static async Task AssertThemeAsync(IPage page, ColorScheme scheme)
    {
        var expected = scheme == ColorScheme.Dark ? "dark" : "light";
        Assert.Equal(expected, await page.EvaluateAsync<string>("() => document.documentElement.getAttribute('data-bs-theme')"));
        var background = await page.EvaluateAsync<int[]>("() => getComputedStyle(document.body).backgroundColor.match(/\\d+/g).slice(0, 3).map(Number)");
        var brightness = background.Sum() / 3;
        Assert.True(scheme == ColorScheme.Dark ? brightness < 80 : brightness > 200, $"{page.Url} background {string.Join(',', background)} in {expected}.");
    }
}
