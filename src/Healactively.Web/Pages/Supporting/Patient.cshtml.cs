using System.Security.Claims;
using Healactively.Web.Features.Care;
using Healactively.Web.Features.Supporters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Supporting;

/// <summary>
/// The moments one patient shares with the signed-in supporter, newest first. Reached only through
/// <see cref="PatientPageFilter"/> (supporter audience): one audit row per request, the same 404 for unlinked,
/// revoked and unknown.
/// </summary>
[AuditedRead(CareTeamQuery.SharedWinsAction, PatientAudience.Supporter)]
public sealed class PatientModel(GrantedPatient grantedPatient, SharedMomentsQuery query) : PageModel
{
    public SharedMomentsView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int pageNumber = 1)
    {
        var view = await query.RunAsync(grantedPatient.Patient, User.FindFirstValue(ClaimTypes.NameIdentifier)!, pageNumber, HttpContext.RequestAborted);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        return Page();
    }
}
