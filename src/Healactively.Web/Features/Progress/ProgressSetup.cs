namespace Healactively.Web.Features.Progress;

/// <summary>Charts of each metric against its baselines, and what helps.</summary>
internal static class ProgressSetup
{
    public static IServiceCollection AddHealactivelyProgress(this IServiceCollection services)
    {
        services.AddScoped<MetricHistoryQuery>();
        services.AddScoped<ProgressQuery>();
        services.AddScoped<WhatHelpsQuery>();
        return services;
    }
}
