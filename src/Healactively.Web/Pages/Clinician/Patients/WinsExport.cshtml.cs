using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Features.Care;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Wins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Clinician.Patients;

/// <summary>The patient's wins as the wins CSV (spec: csv-formats.md), byte for byte what the patient downloads.</summary>
[AuditedRead("wins-export")]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class WinsExportModel(AppDbContext db, ClinicianPatient clinicianPatient, ILogger<WinsExportModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var patient = clinicianPatient.Patient;
        var wins = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patient.PatientId)
            .Select(w => new Win(w.Date, w.Kind, w.Metric, w.Window, w.Baseline, w.Value, w.Delta, w.Tier, w.Message))
            .ToListAsync(HttpContext.RequestAborted);
        ClinicianExportLog.WinsExported(logger, patient.PatientId, wins.Count);
        return File(WinsCsvWriter.ToBytes(wins), "text/csv; charset=utf-8", $"healactively-wins-{JournalDates.ToRoute(patient.Today)}.csv");
    }
}
