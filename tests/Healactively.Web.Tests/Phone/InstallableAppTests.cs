using System.Net;
using System.Text.Json;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Phone;

/// <summary>
/// What a phone needs to install the app and open it with no connection: the manifest, its icons, the service worker
/// and the offline page answer anyone (no sign-in), with the right content types and the same protections as every page.
/// </summary>
public sealed class InstallableAppTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    [Fact]
    public async Task The_manifest_answers_a_visitor_with_its_content_type_and_the_members_an_install_needs()
    {
        var client = factory.CreateBrowser();

        using var response = await client.GetAsync("/manifest.webmanifest");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Csp, string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
        using var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = manifest.RootElement;
        Assert.Equal("Healactively", root.GetProperty("short_name").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("name").GetString()));
        Assert.Equal("/Home", root.GetProperty("start_url").GetString());
        Assert.Equal("standalone", root.GetProperty("display").GetString());
        Assert.StartsWith("#", root.GetProperty("theme_color").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("#", root.GetProperty("background_color").GetString(), StringComparison.Ordinal);

        var icons = root.GetProperty("icons").EnumerateArray().ToArray();
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "192x192" && i.GetProperty("purpose").GetString() == "any");
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "512x512" && i.GetProperty("purpose").GetString() == "any");
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "512x512" && i.GetProperty("purpose").GetString() == "maskable");
        foreach (var icon in icons)
        {
            using var image = await client.GetAsync(icon.GetProperty("src").GetString());
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal("image/png", image.Content.Headers.ContentType?.MediaType);
            var bytes = await image.Content.ReadAsByteArrayAsync();
            // A PNG of the size it claims: the width and height are the first fields of its IHDR chunk.
            var size = int.Parse(icon.GetProperty("sizes").GetString()!.Split('x')[0], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
            Assert.Equal(size, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        }
    }

    [Fact]
    public async Task The_service_worker_answers_a_visitor_as_a_script_at_the_root_and_loads_the_push_listeners()
    {
        var client = factory.CreateBrowser();

        using var response = await client.GetAsync("/sw.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Csp, string.Join(", ", response.Headers.GetValues("Content-Security-Policy")));
        // A browser checks for a new worker on each visit: it must never be stored for long.
        Assert.False(response.Headers.CacheControl?.MaxAge > TimeSpan.FromDays(1), $"sw.js is cached for {response.Headers.CacheControl}");
        var script = await response.Content.ReadAsStringAsync();
        Assert.Contains("importScripts('/js/sw-push.js');", script, StringComparison.Ordinal);
        using var push = await client.GetAsync("/js/sw-push.js");
        Assert.Equal(HttpStatusCode.OK, push.StatusCode);
    }

    [Fact]
    public async Task The_offline_page_answers_a_visitor_and_offers_todays_journal()
    {
        var client = factory.CreateBrowser();

        var page = await HtmlPage.GetOkAsync(client, "/offline.html");

        Assert.Equal("No connection right now", TextOf(page.Find("h1")));
        Assert.Equal("/Journal/Entry", page.Find("a.btn-primary")!.GetAttribute("href"));
        Assert.Empty(page.FindAll("script:not([src])"));
        Assert.Empty(page.FindAll("[style]"));
    }

    [Fact]
    public async Task Every_page_links_the_manifest_with_a_theme_colour_for_light_and_dark()
    {
        var visitor = await HtmlPage.GetOkAsync(factory.CreateBrowser(), "/");
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        var home = await HtmlPage.GetOkAsync(client, "/Home");

        foreach (var page in new[] { visitor, home })
        {
            Assert.Equal("/manifest.webmanifest", page.Find("link[rel=manifest]")!.GetAttribute("href"));
            Assert.Equal(
                ["(prefers-color-scheme: light)", "(prefers-color-scheme: dark)"],
                page.FindAll("meta[name=theme-color]").Select(m => m.GetAttribute("media")));
            Assert.NotNull(page.Find("script[src^='/js/app-shell.']"));
        }
    }

    [Fact]
    public async Task A_patient_has_the_bottom_navigation_and_the_offline_journal_script_and_a_visitor_has_neither()
    {
        var visitor = await HtmlPage.GetOkAsync(factory.CreateBrowser(), "/");
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        var entry = await HtmlPage.GetOkAsync(client, "/Journal/Entry");

        Assert.Equal(
            ["Journal today", "Home", "Wins", "Progress", "More"],
            entry.FindAll("#bottom-nav .bottom-nav-items > li").Select(li => TextOf(li.QuerySelector("a, summary"))));
        Assert.Equal("page", entry.Find("#bottom-nav a[href='/Journal/Entry']")!.GetAttribute("aria-current"));
        Assert.NotNull(entry.Find("script[src^='/js/offline-journal.']"));
        Assert.Equal("2026-11-25", entry.Find("#entry-form")!.GetAttribute("data-offline-date"));
        Assert.False(string.IsNullOrEmpty(entry.Find("body")!.GetAttribute("data-patient")));

        Assert.Null(visitor.Find("#bottom-nav"));
        Assert.Null(visitor.Find("script[src^='/js/offline-journal.']"));
        Assert.True(string.IsNullOrEmpty(visitor.Find("body")!.GetAttribute("data-patient")));
    }

    private static string TextOf(AngleSharp.Dom.IElement? element) => element?.TextContent.Trim() ?? string.Empty;
}
