using Healactively.Web.Clinicians;
using Healactively.Web.Pages.Journal;
using Healactively.Web.Pages.Wins;
using Healactively.Web.Patients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Healactively.Web.Hosting;

/// <summary>Razor Pages with the folder rules declared once, and the features' own services.</summary>
internal static class FeatureSetup
{
    public static IServiceCollection AddHealactivelyFeatures(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddCurrentPatient();
        services.AddOptions<PatientViewCacheOptions>().BindConfiguration(PatientViewCacheOptions.Section);
        services.AddSingleton<PatientViewCache>();
        services.AddScoped<PatientJournalLoader>();
        services.AddScoped<WinRecalculator>();
        services.AddScoped<FlareSequenceCheck>();
        services.AddScoped<SaveEntry>();
        services.AddScoped<Forms.FormKeys>();
        services.AddScoped<Backups.DatabaseBackup>();
        services.AddScoped<DeleteEntry>();
        services.AddScoped<ImportJournal>();
        services.AddScoped<ExportJournal>();
        services.AddScoped<Pages.Progress.MetricHistoryQuery>();
        services.AddScoped<Pages.Progress.ProgressQuery>();
        services.AddScoped<Pages.Progress.WhatHelpsQuery>();
        services.AddScoped<Pages.Home.HomeQuery>();
        services.AddScoped<WinListQuery>();
        services.AddScoped<Pages.Metrics.SaveCustomMetric>();
        services.AddScoped<IAuthorizationHandler, PatientAccessHandler>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<ClinicianPatient>();
        services.AddScoped<ClinicianPatientPageFilter>();
        services.AddScoped<Pages.Clinician.Patients.ClinicianTimelineQuery>();
        services.AddScoped<Pages.Clinician.Patients.VisitReportQuery>();
        services.AddScoped<ShareCodes>();
        services.AddScoped<RevokeLink>();
        services.AddScoped<ClinicianTriageQuery>();
        services.AddScoped<Pages.CareTeam.CareTeamQuery>();
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
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToPage("/Error");
        }).AddMvcOptions(options =>
        {
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
