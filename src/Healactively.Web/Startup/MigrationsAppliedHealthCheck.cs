using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Healactively.Web.Startup;

/// <summary>Not ready while the database lacks a migration this build expects (another instance may still be migrating).</summary>
internal sealed class MigrationsAppliedHealthCheck(AppDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        return pending.Any()
            ? HealthCheckResult.Unhealthy("The database has migrations still to apply.")
            : HealthCheckResult.Healthy();
    }
}
