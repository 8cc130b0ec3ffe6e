using System.Security.Claims;
using Healactively.Domain.Calendar;
using Healactively.Web.Features.Care;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Clinician.Patients;

/// <summary>
/// A clinician's short note on one of the patient's wins (named by date, kind, metric and window) or on a
/// week (named by its Monday). Bad input is explained on this page and nothing is saved.
/// </summary>
[AuditedRead("note")]
public sealed class NotesModel(GrantedPatient grantedPatient, SaveClinicianNote saveNote) : PageModel
{
    public PatientContext Patient { get; private set; } = null!;

    public string? Problem { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public IActionResult OnGet() => RedirectToPage("/Clinician/Patients/Index", new { patientId = grantedPatient.Patient.PatientId });

    public async Task<IActionResult> OnPostAsync(string? date, string? kind, string? metric, string? window, string? text)
    {
        Patient = grantedPatient.Patient;
        var clinicianId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        var outcome = await saveNote.RunAsync(Patient, clinicianId, new ClinicianNoteInput(date, kind, metric, window, text), HttpContext.RequestAborted);
        switch (outcome)
        {
            case SaveClinicianNote.Outcome.Saved saved:
                StatusMessage = saved.OnWeek
                    ? $"Your note on the week of {JournalDates.ToDisplay(saved.Date)} was saved."
                    : $"Your note on the win of {JournalDates.ToDisplay(saved.Date)} was saved.";
                return Redirect($"/Clinician/Patients/{Uri.EscapeDataString(Patient.PatientId)}#week-{JournalDates.ToRoute(PatientCalendar.MondayOf(saved.Date))}");
            case SaveClinicianNote.Outcome.Refused refused:
                Problem = refused.Message;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            default:
                throw new InvalidOperationException($"Unknown outcome {outcome.GetType().Name}.");
        }
    }
}
