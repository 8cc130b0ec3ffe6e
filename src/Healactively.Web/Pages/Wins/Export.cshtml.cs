using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Wins;

/// <summary>Downloads the signed-in patient's stored wins as the wins CSV (spec: csv-formats.md).</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ExportModel(CurrentPatient currentPatient, WinsExportQuery query, ILogger<ExportModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var wins = await query.RunAsync(patient.PatientId, HttpContext.RequestAborted);
        WinsExportLog.WinsExported(logger, patient.PatientId, wins.Count);
        return File(WinsCsvWriter.ToBytes(wins), "text/csv; charset=utf-8", $"healactively-wins-{JournalDates.ToRoute(patient.Today)}.csv");
    }
}

