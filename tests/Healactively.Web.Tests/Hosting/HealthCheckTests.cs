using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Hosting;

/// <summary>The probes a load balancer asks, without signing in: is the process up, may it take traffic.</summary>
public sealed class HealthCheckTests
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task A_started_instance_is_live_and_ready_to_anyone(string path)
    {
        using var factory = new HealactivelyFactory();
        var response = await factory.CreateBrowser().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_database_missing_a_migration_is_not_ready_while_the_process_stays_live()
    {
        using var factory = new HealactivelyFactory();
        _ = factory.Server;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var last = db.Database.GetMigrations().Last();
            var history = db.GetService<IHistoryRepository>();
            await db.Database.ExecuteSqlRawAsync(history.GetDeleteScript(last));
        }

        var browser = factory.CreateBrowser();
        var ready = await browser.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var live = await browser.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
