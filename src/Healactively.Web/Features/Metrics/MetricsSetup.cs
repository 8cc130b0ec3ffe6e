namespace Healactively.Web.Features.Metrics;

/// <summary>The patient's own metrics.</summary>
internal static class MetricsSetup
{
    public static IServiceCollection AddHealactivelyMetrics(this IServiceCollection services)
    {
        services.AddScoped<SaveCustomMetric>();
        services.AddScoped<CustomMetricQuery>();
        services.AddScoped<CustomMetricListQuery>();
        return services;
    }
}
