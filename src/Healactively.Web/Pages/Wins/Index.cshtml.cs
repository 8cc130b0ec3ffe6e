using Healactively.Web.Features.Cheers;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Wins;

/// <summary>
/// Every win the journal has proved, newest first, filterable by metric and kind, with supporters' cheers under the
/// moments. Its POST handlers are the cheers' own actions (hide one, mute a supporter, mark seen) from any page
/// showing them; each goes back to the page it came from.
/// </summary>
public sealed class IndexModel(CurrentPatient currentPatient, WinListQuery query, PatientCheers cheers) : PageModel
{
    public WinListView View { get; private set; } = null!;

    public CheersOnMoments Cheers { get; private set; } = CheersOnMoments.None;

    public async Task OnGetAsync(string? metric, string? kind, [FromQuery(Name = "page")] int pageNumber = 1)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        View = await query.RunAsync(patient, metric, kind, pageNumber, HttpContext.RequestAborted);
        Cheers = await cheers.ForMomentsAsync(patient.PatientId, View.Days.SelectMany(d => d.Moments), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostHideCheerAsync(long cheerId, string? returnUrl)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        return await cheers.HideAsync(patient.PatientId, cheerId, HttpContext.RequestAborted) ? Back(returnUrl) : NotFound();
    }

    public async Task<IActionResult> OnPostMuteCheersAsync(long linkId, string? returnUrl)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        return await cheers.SetMutedAsync(patient.PatientId, linkId, muted: true, HttpContext.RequestAborted) ? Back(returnUrl) : NotFound();
    }

    public async Task<IActionResult> OnPostCheersSeenAsync(long[]? cheerIds, string? returnUrl)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        await cheers.MarkSeenAsync(patient.PatientId, cheerIds ?? [], HttpContext.RequestAborted);
        return Back(returnUrl);
    }

    private RedirectResult Back(string? returnUrl) =>
        Redirect(returnUrl is { Length: > 0 and <= 500 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/Wins");
}
