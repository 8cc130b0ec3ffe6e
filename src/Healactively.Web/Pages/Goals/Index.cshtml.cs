using System.Globalization;
using Healactively.Web.Features.Outcomes;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Goals;

/// <summary>The patient's goals: current ones with progress, reached and ended ones, a form to set one, and proposals to accept or decline.</summary>
public sealed class IndexModel(CurrentPatient currentPatient, OutcomeOverviewQuery overview, GoalMetricOptions options, ProposalsQuery proposals, ManageGoals goals) : PageModel
{
    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Metric { get; set; }

    [BindProperty]
    public string? Target { get; set; }

    [BindProperty]
    public string? TargetDate { get; set; }

    public IReadOnlyList<GoalStatus> Goals { get; private set; } = [];

    public IReadOnlyList<GoalMetricOption> Options { get; private set; } = [];

    public IReadOnlyList<GoalProposal> Proposals { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync(await currentPatient.GetAsync(HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        if (!TryReadInput(out var input, out var field, out var message))
        {
            ModelState.AddModelError(field, message);
            await LoadAsync(patient);
            return Page();
        }

        if (await goals.ProblemAsync(patient, input, HttpContext.RequestAborted) is { } problem)
        {
            ModelState.AddModelError(problem.Field, problem.Message);
            await LoadAsync(patient);
            return Page();
        }

        return await Done(patient, await goals.SetAsync(patient, input, HttpContext.RequestAborted), $"Goal set: {input.Title!.Trim()}.");
    }

    public async Task<IActionResult> OnPostEndAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        return await Done(patient, await goals.EndAsync(patient, id, HttpContext.RequestAborted), "Goal ended. A goal you reached stays in your wins.");
    }

    public async Task<IActionResult> OnPostAcceptAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        return await Done(patient, await goals.AcceptAsync(patient, id, HttpContext.RequestAborted), "Goal accepted: it starts today.");
    }

    public async Task<IActionResult> OnPostDeclineAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        return await Done(patient, await goals.DeclineAsync(patient, id, HttpContext.RequestAborted), "Proposal declined.");
    }

    private bool TryReadInput(out GoalInput input, out string field, out string message)
    {
        input = new GoalInput(Title, Metric, null, null);
        field = message = string.Empty;
        if (!decimal.TryParse(Target, NumberStyles.Number, CultureInfo.InvariantCulture, out var target))
        {
            (field, message) = (nameof(Target), "Give the target as a number, e.g. 120.");
            return false;
        }

        DateOnly? by = null;
        if (!string.IsNullOrWhiteSpace(TargetDate))
        {
            if (!DateOnly.TryParseExact(TargetDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                (field, message) = (nameof(TargetDate), "Give the target date as a date, or leave it empty.");
                return false;
            }

            by = date;
        }

        input = new GoalInput(Title, Metric, target, by);
        return true;
    }

    private async Task<IActionResult> Done(PatientContext patient, string? problem, string success)
    {
        if (problem is not null)
        {
            ModelState.AddModelError(string.Empty, problem);
            await LoadAsync(patient);
            return Page();
        }

        TempData["StatusMessage"] = success;
        return RedirectToPage();
    }

    private async Task LoadAsync(PatientContext patient)
    {
        var ct = HttpContext.RequestAborted;
        Goals = (await overview.ForAsync(patient, DateOnly.MinValue, patient.Today, ct)).Goals;
        Options = await options.ForAsync(patient.PatientId, ct);
        Proposals = await proposals.GoalsAsync(patient.PatientId, ct);
    }

    public string MetricLabel(string key) => Options.FirstOrDefault(o => o.Key == key)?.Label ?? key;
}
