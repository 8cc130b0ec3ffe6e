namespace Healactively.Web.Features.Wins;

/// <summary>Stored wins kept equal to the rules, and the patient's list of them.</summary>
internal static class WinsSetup
{
    public static IServiceCollection AddHealactivelyWins(this IServiceCollection services)
    {
        services.AddScoped<PatientJournalLoader>();
        services.AddScoped<OutcomeHistoryLoader>();
        services.AddScoped<WinRecalculator>();
        services.AddScoped<WinListQuery>();
        services.AddScoped<WinsOnDateQuery>();
        services.AddScoped<WinsExportQuery>();
        return services;
    }
}
