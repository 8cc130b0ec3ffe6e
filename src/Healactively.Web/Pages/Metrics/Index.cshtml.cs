using Healactively.Web.Features.Metrics;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Metrics;

/// <summary>The patient's own metrics: listed, and a form to add one.</summary>
public sealed class IndexModel(CurrentPatient currentPatient, CustomMetricListQuery query, SaveCustomMetric saveMetric) : PageModel
{
    [BindProperty]
    public CustomMetricForm Input { get; set; } = new();

    public IReadOnlyList<CustomMetricListItem> Metrics { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var problem = await saveMetric.AddAsync(patient, Input, HttpContext.RequestAborted);
        if (problem is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(CustomMetricForm.Name)}", problem);
            await LoadAsync();
            return Page();
        }

        TempData["StatusMessage"] = $"“{Input.Name.Trim()}” is now on your journal form.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        Metrics = await query.ListAsync(patient.PatientId, HttpContext.RequestAborted);
    }
}
