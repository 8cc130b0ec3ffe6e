using System.Security.Claims;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Care;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Clinician.Patients;

/// <summary>
/// A clinician's short note on one of the patient's wins (named by date, kind, metric and window) or on a
/// week (named by its Monday). Bad input is explained on this page and nothing is saved.
/// </summary>
[AuditedRead("note")]
public sealed class NotesModel(ClinicianPatient clinicianPatient, AppDbContext db, TimeProvider clock) : PageModel
{
    public PatientContext Patient { get; private set; } = null!;

    public string? Problem { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public IActionResult OnGet() => RedirectToPage("/Clinician/Patients/Index", new { patientId = clinicianPatient.Patient.PatientId });

    public async Task<IActionResult> OnPostAsync(string? date, string? kind, string? metric, string? window, string? text)
    {
        Patient = clinicianPatient.Patient;
        var ct = HttpContext.RequestAborted;
        var note = await ValidateAsync(date, kind, metric, window, text?.Trim(), ct);
        if (note is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        db.ClinicianNotes.Add(note);
        await db.SaveChangesAsync(ct);
        StatusMessage = note.WinKind is null
            ? $"Your note on the week of {JournalDates.ToDisplay(note.Date)} was saved."
            : $"Your note on the win of {JournalDates.ToDisplay(note.Date)} was saved.";
        return Redirect($"/Clinician/Patients/{Uri.EscapeDataString(Patient.PatientId)}#week-{JournalDates.ToRoute(WinNotes.MondayOf(note.Date))}");
    }

    private async Task<ClinicianNote?> ValidateAsync(string? dateText, string? kindText, string? metric, string? windowText, string? text, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Fail("Write a note before adding it.");
        }

        if (text.Length > ClinicianNote.TextMaxLength)
        {
            return Fail($"Keep the note to {ClinicianNote.TextMaxLength} characters or fewer (this one has {text.Length}).");
        }

        if (!JournalDates.TryParse(dateText, out var date))
        {
            return Fail("That date is not one of the patient's days.");
        }

        var note = new ClinicianNote
        {
            PatientId = Patient.PatientId,
            ClinicianId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty,
            Date = date,
            Text = text,
            CreatedAt = clock.GetUtcNow(),
        };

        if (string.IsNullOrEmpty(kindText))
        {
            if (date.DayOfWeek != DayOfWeek.Monday)
            {
                return Fail("A note on a week needs the Monday that starts it.");
            }

            if (date > Patient.Today)
            {
                return Fail("That week has not started yet.");
            }

            return note;
        }

        if (!WinKeys.TryParseKind(kindText, out var kind) || string.IsNullOrEmpty(metric) || !TryParseWindow(windowText, out var window))
        {
            return Fail("That win was not found in the patient's journal. It may have changed since the page was loaded.");
        }

        var exists = await db.Wins.AsNoTracking().AnyAsync(
            w => w.PatientId == Patient.PatientId && w.Date == date && w.Kind == kind && w.Metric == metric && w.Window == window, ct);
        if (!exists)
        {
            return Fail("That win was not found in the patient's journal. It may have changed since the page was loaded.");
        }

        note.WinKind = kind;
        note.WinMetric = metric;
        note.WinWindow = window;
        return note;
    }

    private static bool TryParseWindow(string? text, out WinWindow? window)
    {
        window = text switch
        {
            "week" => WinWindow.Week,
            "month" => WinWindow.Month,
            _ => null,
        };
        return window is not null || string.IsNullOrEmpty(text);
    }

    private ClinicianNote? Fail(string problem)
    {
        Problem = problem;
        return null;
    }
}
