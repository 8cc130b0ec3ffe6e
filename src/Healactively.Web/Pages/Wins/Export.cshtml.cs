using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Wins;

/// <summary>Downloads the signed-in patient's stored wins as the wins CSV (spec: csv-formats.md).</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ExportModel(AppDbContext db, CurrentPatient currentPatient, ILogger<ExportModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var wins = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patient.PatientId)
            .Select(w => new Win(w.Date, w.Kind, w.Metric, w.Window, w.Baseline, w.Value, w.Delta, w.Tier, w.Message))
            .ToListAsync(HttpContext.RequestAborted);
        WinsExportLog.WinsExported(logger, patient.PatientId, wins.Count);
        return File(WinsCsvWriter.ToBytes(wins), "text/csv; charset=utf-8", $"healactively-wins-{JournalDates.ToRoute(patient.Today)}.csv");
    }
}

/// <summary>Wins export log events: ids and counts only.</summary>
internal static partial class WinsExportLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Wins exported by patient {PatientId}: {WinCount} wins")]
    public static partial void WinsExported(ILogger logger, string patientId, int winCount);
}
