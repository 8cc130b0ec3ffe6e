using System.Net;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel at https://127.0.0.1 (random port, a throwaway self-signed certificate) over its own
/// SQLite file and fake clock, and one headless Debian Chromium for the test class. https because outside
/// Development the app's cookies are <c>__Host-</c> and Secure and its antiforgery refuses plain http.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    /// <summary>A small phone, portrait.</summary>
    public static readonly ViewportSize Phone = new() { Width = 360, Height = 740 };

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private WebApplicationFactory<Program>? _server;

    /// <summary>The app's settings: its clock and database file.</summary>
    public HealactivelyFactory Factory { get; } = new();

    /// <summary>The services of the app the browser talks to.</summary>
    public IServiceProvider Services => (_server ?? throw new InvalidOperationException("The app starts in InitializeAsync.")).Services;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        $"Browser tests need Debian's Chromium at {Chromium.ExecutablePath} (apt-get install -y chromium); HEALACTIVELY_REQUIRE_ALL_TESTS=1 makes its absence a failure.");

    public async Task InitializeAsync()
    {
        // Outside Development the host serves only wwwroot, where the build's .gz copies that
        // Chromium asks for (Accept-Encoding) do not exist: serve the build's static web assets like `dotnet run`.
        _server = Factory.WithWebHostBuilder(builder => builder.UseStaticWebAssets());
        var certificate = TestCertificate.Create();
        _server.UseKestrel(options => options.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        _server.StartServer();
        BaseUrl = _server.ClientOptions.BaseAddress.ToString().TrimEnd('/');

        if (!Chromium.IsInstalled)
        {
            // The tests skip (BrowserFact); under HEALACTIVELY_REQUIRE_ALL_TESTS=1 they fail with this reason.
            return;
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.ExecutablePath,
            Headless = true,
            // --ignore-certificate-errors: Chromium refuses to install a service worker (/sw.js) from an origin whose
            // certificate it does not trust, even with IgnoreHTTPSErrors; the certificate is the test's own.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--ignore-certificate-errors"],
        });
    }

    /// <summary>A fresh browser profile (no cookies) on a 360 px phone.</summary>
    public Task<IBrowserContext> NewPhoneAsync(ColorScheme colorScheme = ColorScheme.Light, bool javaScript = true) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = Phone,
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            ColorScheme = colorScheme,
            JavaScriptEnabled = javaScript,
            Locale = "en-GB",
            TimezoneId = "Europe/London",
            // The certificate is the test's own, made for this run.
            IgnoreHTTPSErrors = true,
        });

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}
