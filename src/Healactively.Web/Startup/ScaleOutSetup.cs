using Healactively.Web.Data;
using Healactively.Web.Features.Jobs;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Healactively.Web.Startup;

/// <summary>
/// What lets several instances serve one clinic: shared Data Protection keys (cookies and antiforgery
/// tokens from one instance are read by another), health probes for a load balancer, and job leases.
/// </summary>
internal static class ScaleOutSetup
{
    public const string ApplicationName = "Healactively";
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddHealactivelyScaleOut(this IServiceCollection services)
    {
        // The fixed name keeps keys valid whatever folder or machine an instance runs from.
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AppDbContext>();

        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database", tags: [ReadyTag])
            .AddCheck<MigrationsAppliedHealthCheck>("migrations", tags: [ReadyTag]);

        services.AddSingleton<AppInstance>();
        services.AddScoped<JobLease>();
        return services;
    }

    public static WebApplication MapHealactivelyHealthChecks(this WebApplication app)
    {
        // Live: the process answers, whatever the database does. Ready: send it traffic.
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        return app;
    }
}
