using Healactively.Web.Features.Care;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Progress;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Clinician.Patients;

/// <summary>A linked patient's timeline: wins by week with their numbers, the progress charts, flare-ups and entries.</summary>
[AuditedRead("timeline")]
public sealed class IndexModel(GrantedPatient grantedPatient, ClinicianTimelineQuery timeline, ProgressQuery progress) : PageModel
{
    public PatientContext Patient { get; private set; } = null!;

    public TimelineView Timeline { get; private set; } = null!;

    public ProgressView Progress { get; private set; } = null!;

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync(string? range, [FromQuery(Name = "page")] int pageNumber = 1)
    {
        Patient = grantedPatient.Patient;
        var ct = HttpContext.RequestAborted;
        Timeline = await timeline.RunAsync(Patient, pageNumber, ct);
        Progress = await progress.RunAsync(Patient, ProgressQuery.ParseRange(range), ct);
    }
}
