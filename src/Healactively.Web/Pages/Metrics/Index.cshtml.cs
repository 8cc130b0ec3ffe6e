using System.Globalization;
using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Healactively.Web.Features.Metrics;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Metrics;

/// <summary>The patient's own metrics: listed, and a form to add one.</summary>
public sealed class IndexModel(AppDbContext db, CurrentPatient currentPatient, SaveCustomMetric saveMetric) : PageModel
{
    public const int MaxMetrics = SaveCustomMetric.MaxMetrics;

    public sealed record Row(long Id, string Key, string Name, string Unit, string Better, string MinStep, string? ClinicallyImportantChange, int Values);

    [BindProperty]
    public CustomMetricForm Input { get; set; } = new();

    public IReadOnlyList<Row> Metrics { get; private set; } = [];

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
        var rows = await db.CustomMetrics.AsNoTracking()
            .Where(m => m.PatientId == patient.PatientId)
            .OrderBy(m => m.Id)
            .Select(m => new { m.Id, m.Key, m.Name, m.Unit, m.Direction, m.MinStep, m.ClinicallyImportantChange, Values = db.CustomMetricValues.Count(v => v.MetricId == m.Id) })
            .ToListAsync(HttpContext.RequestAborted);
        Metrics = rows.Select(m => new Row(m.Id, m.Key, m.Name, m.Unit, m.Direction == Direction.HigherIsBetter ? "higher" : "lower",
            Format(m.MinStep), m.ClinicallyImportantChange is { } c ? Format(c) : null, m.Values)).ToArray();
    }

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
