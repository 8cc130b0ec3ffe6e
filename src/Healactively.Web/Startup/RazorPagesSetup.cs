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
            // One guard for every page about one patient, whoever reads it (clinicians, supporters): access check, audit row, 404.
            options.Conventions.AddFolderApplicationModelConvention("/Clinician/Patients",
                model => model.Filters.Add(new ServiceFilterAttribute(typeof(PatientPageFilter))));
            options.Conventions.AddPageApplicationModelConvention("/Supporting/Patient",
                model => model.Filters.Add(new ServiceFilterAttribute(typeof(PatientPageFilter))));
            options.Conventions.AddPageApplicationModelConvention("/Supporting/Cheer",
                model => model.Filters.Add(new ServiceFilterAttribute(typeof(PatientPageFilter))));
            options.Conventions.AuthorizeFolder("/Home", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Journal", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Wins", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Progress", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Profile", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Metrics", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/CareTeam", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/CheckIn", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Goals", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Clinician", IdentitySetup.ClinicianPolicy);
            options.Conventions.AuthorizeFolder("/Admin", IdentitySetup.AdminPolicy);
            options.Conventions.AuthorizeFolder("/Supporters", IdentitySetup.PatientPolicy);
            options.Conventions.AuthorizeFolder("/Supporting", IdentitySetup.SupporterPolicy);
            // The invitation link: a visitor creates a supporter account there, or signs in and accepts.
            options.Conventions.AllowAnonymousToPage("/Supporting/Accept");
            // /Help/HowWinsWork answers at /Wins/HowItWorks for patients and clinicians alike (any signed-in person).
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.LimitAccountForms();
            options.Conventions.LimitCodeGuessing("/Clinician/Link");
            options.Conventions.LimitCodeGuessing("/Supporting/Accept");
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
