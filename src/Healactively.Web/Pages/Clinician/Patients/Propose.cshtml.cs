using System.Globalization;
using System.Security.Claims;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Care;
using Healactively.Web.Features.Outcomes;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Clinician.Patients;

/// <summary>
/// A linked clinician proposes a PSFS activity or a goal; the patient accepts or declines it on /CheckIn or /Goals.
/// Access goes through <see cref="PatientPageFilter"/>; each proposal is audited (<c>psfs-proposed</c>, <c>goal-proposed</c>).
/// </summary>
[AuditedRead(AuditActions.Propose)]
public sealed class ProposeModel(GrantedPatient grantedPatient, ManagePsfsActivities activities, ManageGoals goals, GoalMetricOptions options, AuditTrail audit) : PageModel
{
    public PatientContext Patient { get; private set; } = null!;

    public IReadOnlyList<GoalMetricOption> Options { get; private set; } = [];

    [BindProperty]
    public string? ActivityName { get; set; }

    [BindProperty]
    public string? GoalTitle { get; set; }

    [BindProperty]
    public string? GoalMetric { get; set; }

    [BindProperty]
    public string? GoalTarget { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostActivityAsync()
    {
        await LoadAsync();
        var problem = await activities.ProposeAsync(Patient, ClinicianId, ActivityName, HttpContext.RequestAborted);
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(ActivityName), problem);
            return Page();
        }

        await audit.RecordAsync(Patient.PatientId, AuditActions.PsfsProposed, AuditOutcome.Allowed, HttpContext.RequestAborted);
        StatusMessage = "Activity proposed: the patient sees it on their check-in page to accept or decline.";
        return RedirectToPage(new { patientId = Patient.PatientId });
    }

    public async Task<IActionResult> OnPostGoalAsync()
    {
        await LoadAsync();
        decimal? target = decimal.TryParse(GoalTarget, NumberStyles.Number, CultureInfo.InvariantCulture, out var t) ? t : null;
        var problem = target is null ? "Give the target as a number, e.g. 120." : await goals.ProposeAsync(Patient, ClinicianId, new GoalInput(GoalTitle, GoalMetric, target, null), HttpContext.RequestAborted);
        if (problem is not null)
        {
            ModelState.AddModelError(nameof(GoalTitle), problem);
            return Page();
        }

        await audit.RecordAsync(Patient.PatientId, AuditActions.GoalProposed, AuditOutcome.Allowed, HttpContext.RequestAborted);
        StatusMessage = "Goal proposed: the patient sees it on their goals page to accept or decline.";
        return RedirectToPage(new { patientId = Patient.PatientId });
    }

    private string ClinicianId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    private async Task LoadAsync()
    {
        Patient = grantedPatient.Patient;
        Options = await options.ForAsync(Patient.PatientId, HttpContext.RequestAborted);
    }
}
