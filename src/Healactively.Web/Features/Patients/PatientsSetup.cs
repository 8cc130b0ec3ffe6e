namespace Healactively.Web.Features.Patients;

/// <summary>The signed-in patient (profile and local "today", once per request) and the per-patient view cache.</summary>
internal static class PatientsSetup
{
    public static IServiceCollection AddHealactivelyPatients(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentPatient>();
        services.AddOptions<PatientViewCacheOptions>().BindConfiguration(PatientViewCacheOptions.Section);
        services.AddSingleton<PatientViewCache>();
        return services;
    }
}
