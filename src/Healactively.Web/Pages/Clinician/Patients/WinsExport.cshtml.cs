using Healactively.Web.Features.Care;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Wins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Clinician.Patients;

/// <summary>The patient's wins as the wins CSV (spec: csv-formats.md), byte for byte what the patient downloads.</summary>
[AuditedRead("wins-export")]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class WinsExportModel(GrantedPatient grantedPatient, WinsExportQuery query, ILogger<WinsExportModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var patient = grantedPatient.Patient;
        var wins = await query.RunAsync(patient.PatientId, HttpContext.RequestAborted);
        ClinicianExportLog.WinsExported(logger, patient.PatientId, wins.Count);
        return File(WinsCsvWriter.ToBytes(wins), "text/csv; charset=utf-8", $"healactively-wins-{JournalDates.ToRoute(patient.Today)}.csv");
    }
}
