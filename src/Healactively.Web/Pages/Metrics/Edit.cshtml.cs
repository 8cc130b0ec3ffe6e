using Healactively.Web.Features.Metrics;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Metrics;

/// <summary>Changes one of the patient's own metrics (its CSV column stays the same).</summary>
public sealed class EditModel(CurrentPatient currentPatient, CustomMetricQuery query, SaveCustomMetric saveMetric) : PageModel
{
    [BindProperty]
    public CustomMetricForm Input { get; set; } = new();

    public string Key { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var metric = await query.FindToEditAsync(patient.PatientId, id, HttpContext.RequestAborted);
        if (metric is null)
        {
            return NotFound();
        }

        Key = metric.Key;
        Input = metric.Form;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            var key = await query.FindKeyAsync(patient.PatientId, id, HttpContext.RequestAborted);
            if (key is null)
            {
                return NotFound();
            }

            Key = key;
            return Page();
        }

        if (!await saveMetric.UpdateAsync(patient, id, Input, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["StatusMessage"] = $"“{Input.Name.Trim()}” was updated and your wins recalculated.";
        return RedirectToPage("/Metrics/Index");
    }
}
