namespace Healactively.Web.Features.Cheers;

/// <summary>Supporters' cheers on shared moments and the patient's side of them.</summary>
internal static class CheersSetup
{
    public static IServiceCollection AddHealactivelyCheers(this IServiceCollection services)
    {
        services.AddScoped<SendCheer>();
        services.AddScoped<PatientCheers>();
        return services;
    }
}
