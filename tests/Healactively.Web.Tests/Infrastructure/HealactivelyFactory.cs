using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Healactively.Web.Tests.Infrastructure;

/// <summary>
/// The real app over its own SQLite file, or its own PostgreSQL database in the Postgres build
/// (migrated at start-up like production), and a fake clock.
/// One factory per test class; each test registers its own users so tests do not interfere.
/// </summary>
public sealed class HealactivelyFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "healactively-tests", Guid.NewGuid().ToString("N"));

    private IDisposable? _database;

    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public HealactivelyFactory()
    {
        Directory.CreateDirectory(_folder);
        DatabasePath = Path.Combine(_folder, "test.db");
    }

    /// <summary>Defaults to 2026-11-25 12:00 UTC; the fake clock only moves forward, so a test that needs an earlier instant sets its own.</summary>
    public FakeTimeProvider Clock { get; init; } = new(DefaultStart);

    /// <summary>A fresh file in this factory's temp folder; set it to another factory's file to restart the app over the same data.</summary>
    public string DatabasePath { get; init; }

    public string EnvironmentName { get; init; } = "Testing";

    /// <summary>Configuration for one test's app (e.g. a low rate limit), applied after the defaults above.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Extra services for one test's app (e.g. a log sink), added after the fake clock.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Every log event the app writes, for tests about what must never be logged.</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The <c>App:BaseUrl</c> of every test app unless a test sets its own.</summary>
    public const string PublicBaseUrl = "https://localhost";

    /// <summary>Where emails go when a test does not point <c>Smtp:*</c> at a real server.</summary>
    public string MailPickupFolder => Path.Combine(_folder, "mail-pickup");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        _database ??= TestDatabase.Use(builder, DatabasePath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Smtp:PickupFolder", MailPickupFolder);
        // Tests register many users from one loopback address; the rate-limit tests set their own low limit.
        builder.UseSetting("RateLimiting:PermitLimit", "100000");
        builder.UseSetting("CodeGuessing:PermitLimit", "100000");
        builder.UseSetting("CodeGuessing:FailureLimit", "100000");
        builder.UseSetting("Reminders:Enabled", "false"); // Tests run the reminder job themselves; a test may turn it on.
        builder.UseSetting("Backup:Folder", Path.Combine(_folder, "backups"));
        // Links in emails start with the configured public address, as in production (see CreateBrowser). Hosts are not
        // filtered here (browser tests listen on 127.0.0.1); a test sets AllowedHosts to "" to get the derived default.
        builder.UseSetting("App:BaseUrl", PublicBaseUrl);
        builder.UseSetting("AllowedHosts", "*");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, LoopbackClientAddress>();
            services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
            TestServices?.Invoke(services);
        });
    }

    /// <summary>A browser on https, as outside Development the session and antiforgery cookies are Secure and <c>__Host-</c>.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database?.Dispose();
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on a slow machine is left for the OS temp cleaner.
            }
        }
    }
}

/// <summary>The test server has no socket, so requests get the loopback address a local browser would have.</summary>
internal sealed class LoopbackClientAddress : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
