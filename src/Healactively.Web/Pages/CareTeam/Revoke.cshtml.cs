using Healactively.Web.Features.Care;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.CareTeam;

/// <summary>Asks before ending a clinician's access; only the patient's own active links are found (else 404).</summary>
public sealed class RevokeModel(CurrentPatient currentPatient, CareLinkQuery query, RevokeLink revokeLink) : PageModel
{
    public string ClinicianName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(long id) =>
        await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        if (!await revokeLink.RunAsync(patient.PatientId, id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["StatusMessage"] = $"{ClinicianName} can no longer see your journal.";
        return RedirectToPage("/CareTeam/Index");
    }

    private async Task<bool> LoadAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var name = await query.ActiveClinicianNameAsync(patient.PatientId, id, HttpContext.RequestAborted);
        ClinicianName = name ?? string.Empty;
        return name is not null;
    }
}
