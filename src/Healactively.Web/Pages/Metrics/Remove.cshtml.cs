using Healactively.Web.Features.Metrics;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Metrics;

/// <summary>Asks before removing a metric, saying how many recorded values go with it.</summary>
public sealed class RemoveModel(CurrentPatient currentPatient, CustomMetricQuery query, SaveCustomMetric saveMetric) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public int Values { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var metric = await query.FindToRemoveAsync(patient.PatientId, id, HttpContext.RequestAborted);
        if (metric is null)
        {
            return NotFound();
        }

        Name = metric.Name;
        Values = metric.Values;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        if (!await saveMetric.RemoveAsync(patient, id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["StatusMessage"] = "The metric and its values were removed.";
        return RedirectToPage("/Metrics/Index");
    }
}
