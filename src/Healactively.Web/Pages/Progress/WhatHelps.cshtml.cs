using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Progress;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Progress;

/// <summary>How the next day went after the things the patient noted as helping or triggering: associations, not causes.</summary>
public sealed class WhatHelpsModel(CurrentPatient currentPatient, WhatHelpsQuery query) : PageModel
{
    public WhatHelpsView View { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        View = await query.RunAsync(patient, HttpContext.RequestAborted);
    }
}
