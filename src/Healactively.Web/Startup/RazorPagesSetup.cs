using Healactively.Web.Features.Accounts;
using Healactively.Web.Features.Care;
using Microsoft.AspNetCore.Mvc;

namespace Healactively.Web.Startup;

/// <summary>Razor Pages with the folder rules declared once.</summary>
internal static class RazorPagesSetup
{
    public static IServiceCollection AddHealactivelyPages(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
        {
            options.Conventions.AddFolderApplicationModelConvention("/Clinician/Patients",
                model => model.Filters.Add(new ServiceFilterAttribute(typeof(ClinicianPatientPageFilter))));
            options.Conventions.AuthorizeFolder("/Home", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Journal", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Wins", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Progress", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Profile", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Metrics", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/CareTeam", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Clinician", IdentitySetup.ClinicianPolicy);
            options.Conventions.AuthorizeFolder("/Admin", IdentitySetup.AdminPolicy);
            // /Help/HowWinsWork answers at /Wins/HowItWorks for patients and clinicians alike (any signed-in person).
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.LimitAccountForms();
            options.Conventions.LimitCodeGuessing("/Clinician/Link");
        }).AddMvcOptions(options =>
        {
            // No request a browser or a tester can make renders a page without its data (500).
            options.Filters.Add(new UnknownHandlerFilter());
            options.ModelBinderProviders.Insert(0, new FormBooleanBinder.Provider());

            // Plain words beside the field when someone types text into a number box.
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Enter a number for {field}.");
            messages.SetValueIsInvalidAccessor(value => "Enter a valid value.");
            messages.SetValueMustBeANumberAccessor(field => $"Enter a number for {field}.");
            messages.SetValueMustNotBeNullAccessor(value => "This field needs a value.");
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => "Enter a valid value.");
        });
        return services;
    }
}
