using Healactively.Web.Features.Care;
using Healactively.Web.Features.Care.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Clinician.Patients;

/// <summary>The one-page visit report a clinician reads in a minute, for the last 30 or 90 days; printable.</summary>
[AuditedRead("report")]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ReportModel(VisitReportQuery reports, GrantedPatient grantedPatient) : PageModel
{
    public VisitReport Report { get; private set; } = null!;

    public string PatientId { get; private set; } = string.Empty;

    public async Task OnGetAsync(int? days)
    {
        var patient = grantedPatient.Patient;
        PatientId = patient.PatientId;
        Report = await reports.RunAsync(patient, VisitReportQuery.NormalizeDays(days), HttpContext.RequestAborted);
    }

    public string ReportUrl(string suffix, int days) => $"/Clinician/Patients/{Uri.EscapeDataString(PatientId)}/Report{suffix}?days={days}";
}
