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
/// The real app over its own SQLite file (migrated at start-up like production) and a fake clock.
/// One factory per test class; each test registers its own users so tests do not interfere.
/// </summary>
public sealed class HealactivelyFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "healactively-tests", Guid.NewGuid().ToString("N"));

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={DatabasePath}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Backup:Folder", Path.Combine(_folder, "backups"));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, LoopbackClientAddress>();
        });
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
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
