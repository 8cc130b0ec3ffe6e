namespace Healactively.Web.Hosting;

/// <summary>Razor Pages with the folder rules declared once, and the features' own services.</summary>
internal static class FeatureSetup
{
    public static IServiceCollection AddHealactivelyFeatures(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Journal", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Wins", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Progress", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Profile", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Metrics", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Clinician", IdentitySetup.ClinicianPolicy);
            options.Conventions.AuthorizeFolder("/Admin", IdentitySetup.AdminPolicy);
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToPage("/Error");
        });
        return services;
    }
}
