using System.Security.Claims;
using Healactively.Domain.Calendar;
using Healactively.Domain.Wins;
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

    /// <summary>The win the form is about (as the timeline's "Add a note" link names it), or null for none.</summary>
    public WinNoteTarget? Win { get; private set; }

    /// <summary>The week the form is about (its Monday), when the timeline's "Add a note on this week" opened it.</summary>
    public DateOnly? Week { get; private set; }

    /// <summary>
    /// The note form for one win, opened from the timeline's "Add a note" link (the timeline carries a link per win,
    /// not a form per win, to stay small). Without a win named, back to the timeline.
    /// </summary>
    public IActionResult OnGet(string? date, string? kind, string? metric, string? window)
    {
        Patient = grantedPatient.Patient;
        if (JournalDates.TryParse(date, out var weekDay) && string.IsNullOrEmpty(kind))
        {
            Week = PatientCalendar.MondayOf(weekDay);
            return Page();
        }

        if (!JournalDates.TryParse(date, out var day) || !WinKeys.TryParseKind(kind, out var winKind))
        {
            return RedirectToPage("/Clinician/Patients/Index", new { patientId = Patient.PatientId });
        }

        Win = new WinNoteTarget(day, winKind, metric ?? string.Empty, window ?? string.Empty);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? date, string? kind, string? metric, string? window, string? text)
    {
        Patient = grantedPatient.Patient;
        if (JournalDates.TryParse(date, out var day) && WinKeys.TryParseKind(kind, out var winKind))
        {
            Win = new WinNoteTarget(day, winKind, metric ?? string.Empty, window ?? string.Empty) { Text = text };
        }

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

/// <summary>A win a note is about, as its form posts it back.</summary>
public sealed record WinNoteTarget(DateOnly Date, WinKind Kind, string Metric, string Window)
{
    public string? Text { get; init; }
}
