using Healactively.Web.Features.Care;
using Healactively.Web.Features.Care.Reports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Clinician.Patients;

/// <summary>Downloads the visit report as a PDF (30 or 90 days, as on the page).</summary>
[AuditedRead("report-pdf")]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ReportPdfModel(VisitReportQuery reports, GrantedPatient grantedPatient, TimeProvider clock, ILogger<ReportPdfModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int? days)
    {
        var patient = grantedPatient.Patient;
        var report = await reports.RunAsync(patient, VisitReportQuery.NormalizeDays(days), HttpContext.RequestAborted);
        var pdf = VisitReportPdf.Render(report, clock.GetUtcNow());
        ClinicianExportLog.ReportPdf(logger, patient.PatientId, report.Days);
        return File(pdf, "application/pdf", report.FileStem + ".pdf");
    }
}
