using Healactively.Web.Features.Care;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.CareTeam;

/// <summary>The patient's consent page: share codes, who has access, and who looked at the journal.</summary>
public sealed class IndexModel(CurrentPatient currentPatient, CareTeamQuery query, ShareCodes shareCodes) : PageModel
{
    public CareTeamView View { get; private set; } = null!;

    /// <summary>Set only on the response to the create post: the code is shown once and never stored in clear.</summary>
    public CreatedShareCode? NewCode { get; private set; }

    public string? NewCodeExpires { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        View = await query.RunAsync(patient, pageNumber, HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        NewCode = await shareCodes.CreateAsync(patient.PatientId, HttpContext.RequestAborted);
        NewCodeExpires = TimeZoneInfo.ConvertTime(NewCode.ExpiresAt, patient.Zone)
            .ToString("dddd d MMMM yyyy 'at' HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        View = await query.RunAsync(patient, 1, HttpContext.RequestAborted);

        // Not a redirect: the code must not travel in a URL or TempData. Never cache this response.
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostCancelCodesAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var cancelled = await shareCodes.CancelOpenAsync(patient.PatientId, HttpContext.RequestAborted);
        TempData["StatusMessage"] = cancelled == 1 ? "Your unused share code was cancelled." : "Your unused share codes were cancelled.";
        return RedirectToPage();
    }
}
