namespace Healactively.Web.Features.Metrics;

/// <summary>The patient's own metrics.</summary>
internal static class MetricsSetup
{
    public static IServiceCollection AddHealactivelyMetrics(this IServiceCollection services) =>
        services.AddScoped<SaveCustomMetric>();
}
