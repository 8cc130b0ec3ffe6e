using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Supporters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Supporters;

/// <summary>Asks before ending a supporter's access; only the patient's own active links are found (else 404).</summary>
public sealed class RevokeModel(CurrentPatient currentPatient, SupportersQuery query, ManageSupporters manage) : PageModel
{
    public string SupporterName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(long id) =>
        await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        if (!await manage.RevokeAsync(patient.PatientId, id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["StatusMessage"] = $"{SupporterName} can no longer see your wins.";
        return RedirectToPage("/Supporters/Index");
    }

    private async Task<bool> LoadAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var found = await query.FindAsync(patient.PatientId, id, patient.Zone, HttpContext.RequestAborted);
        SupporterName = found?.Name ?? string.Empty;
        return found is not null;
    }
}
