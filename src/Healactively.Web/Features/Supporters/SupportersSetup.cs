namespace Healactively.Web.Features.Supporters;

/// <summary>
/// Supporters: friends and family a patient invites to see the wins they choose. Invitations, accepting, the patient's
/// management of each link, and the supporter's read of shared moments (guarded and audited by the care feature's one
/// patient-page filter with the supporter audience).
/// </summary>
internal static class SupportersSetup
{
    public static IServiceCollection AddHealactivelySupporters(this IServiceCollection services)
    {
        services.AddScoped<SupporterInvitations>();
        services.AddScoped<SupporterAccounts>();
        services.AddScoped<SupportersQuery>();
        services.AddScoped<ManageSupporters>();
        services.AddScoped<SharedMomentsQuery>();
        services.AddScoped<SupportingQuery>();
        return services;
    }
}
