using Healactively.Web.Features.Care.Reports;
using Microsoft.AspNetCore.Authorization;

namespace Healactively.Web.Features.Care;

/// <summary>Clinicians and what patients share with them: links, share codes, one access check with its audit, timelines and reports.</summary>
internal static class CareSetup
{
    public static IServiceCollection AddHealactivelyCare(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, PatientAccessHandler>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<GrantedPatient>();
        services.AddScoped<PatientPageFilter>();
        services.AddScoped<ClinicianTimelineQuery>();
        services.AddScoped<VisitReportQuery>();
        services.AddScoped<FhirOutcomeQuery>();
        services.AddScoped<PeriodSummaryQuery>();
        services.AddScoped<PatientIdentityQuery>();
        services.AddScoped<ShareCodes>();
        services.AddScoped<RevokeLink>();
        services.AddScoped<CareLinkQuery>();
        services.AddScoped<SaveClinicianNote>();
        services.AddScoped<ClinicianTriageQuery>();
        services.AddScoped<CareTeamQuery>();
        services.AddScoped<AuditLogQuery>();
        return services;
    }
}
