using Healactively.Web.Features.Accounts;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Profile;

/// <summary>The patient's own data: download it all, or go on to delete the account.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class DataModel(CurrentPatient currentPatient, PersonalDataExport export) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetDownloadAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var zip = await export.BuildAsync(patient, HttpContext.RequestAborted);
        return File(zip, "application/zip", $"healactively-my-data-{JournalDates.ToRoute(patient.Today)}.zip");
    }
}
