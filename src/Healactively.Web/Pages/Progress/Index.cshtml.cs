using Healactively.Web.Features.Outcomes;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Progress;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Progress;

/// <summary>Progress: each metric's line over 30, 90 or 365 days, with its usual levels and the days it won.</summary>
public sealed class IndexModel(CurrentPatient currentPatient, ProgressQuery query, OutcomeOverviewQuery outcomes) : PageModel
{
    public ProgressView View { get; private set; } = null!;

    /// <summary>The weekly check-in scores (PSFS, PEG) over the whole history, and goals.</summary>
    public OutcomeOverview Outcomes { get; private set; } = null!;

    public async Task OnGetAsync(string? range)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        View = await query.RunAsync(patient, ProgressQuery.ParseRange(range), HttpContext.RequestAborted);
        Outcomes = await outcomes.ForAsync(patient, DateOnly.MinValue, patient.Today, HttpContext.RequestAborted);
    }
}
