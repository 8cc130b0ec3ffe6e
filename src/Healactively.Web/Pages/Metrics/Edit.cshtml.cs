using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Healactively.Web.Features.Metrics;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Metrics;

/// <summary>Changes one of the patient's own metrics (its CSV column stays the same).</summary>
public sealed class EditModel(AppDbContext db, CurrentPatient currentPatient, SaveCustomMetric saveMetric) : PageModel
{
    [BindProperty]
    public CustomMetricForm Input { get; set; } = new();

    public string Key { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var metric = await db.CustomMetrics.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id && m.PatientId == patient.PatientId, HttpContext.RequestAborted);
        if (metric is null)
        {
            return NotFound();
        }

        Key = metric.Key;
        Input = new CustomMetricForm
        {
            Name = metric.Name,
            Unit = metric.Unit,
            Better = metric.Direction == Direction.LowerIsBetter ? "lower" : "higher",
            MinStep = metric.MinStep,
            ClinicallyImportantChange = metric.ClinicallyImportantChange,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            var key = await db.CustomMetrics.Where(m => m.Id == id && m.PatientId == patient.PatientId).Select(m => m.Key).SingleOrDefaultAsync(HttpContext.RequestAborted);
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
