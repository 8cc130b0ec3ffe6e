namespace Healactively.Web.Features.WeekInWins;

/// <summary>A week in wins (the page and the weekly email read it) and which clinician notes the patient has opened.</summary>
internal static class WeekInWinsSetup
{
    public static IServiceCollection AddHealactivelyWeekInWins(this IServiceCollection services)
    {
        services.AddScoped<WeekInWinsQuery>();
        services.AddScoped<ClinicianNotesSeen>();
        return services;
    }
}
