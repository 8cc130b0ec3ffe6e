using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Journal;

/// <summary>Downloads the patient's whole journal as the journal CSV (spec: csv-formats.md).</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ExportModel(CurrentPatient currentPatient, ExportJournal exportJournal) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var csv = await exportJournal.RunAsync(patient, HttpContext.RequestAborted);
        return File(csv, "text/csv; charset=utf-8", $"healactively-journal-{JournalDates.ToRoute(patient.Today)}.csv");
    }
}
