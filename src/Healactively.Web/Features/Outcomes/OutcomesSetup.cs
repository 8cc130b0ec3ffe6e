namespace Healactively.Web.Features.Outcomes;

/// <summary>PSFS, PEG and goals: the check-in, activities, goals, proposals and the overview the pages read.</summary>
internal static class OutcomesSetup
{
    public static IServiceCollection AddHealactivelyOutcomes(this IServiceCollection services)
    {
        services.AddScoped<SaveCheckIn>();
        services.AddScoped<ManagePsfsActivities>();
        services.AddScoped<ManageGoals>();
        services.AddScoped<GoalMetricOptions>();
        services.AddScoped<OutcomeOverviewQuery>();
        services.AddScoped<CheckInFormQuery>();
        services.AddScoped<ProposalsQuery>();
        return services;
    }
}
