using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Wins;

/// <summary>Every win the journal has proved, newest first, filterable by metric and kind.</summary>
public sealed class IndexModel(CurrentPatient currentPatient, WinListQuery query) : PageModel
{
    public WinListView View { get; private set; } = null!;

    public async Task OnGetAsync(string? metric, string? kind, [FromQuery(Name = "page")] int pageNumber = 1)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        View = await query.RunAsync(patient, metric, kind, pageNumber, HttpContext.RequestAborted);
    }
}
