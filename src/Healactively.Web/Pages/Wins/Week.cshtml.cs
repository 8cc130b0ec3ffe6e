using Healactively.Web.Features.Cheers;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.WeekInWins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Wins;

/// <summary>A week in wins (<c>?week=YYYY-Www</c>, the current week by default); its POST opens a clinician note.</summary>
public sealed class WeekModel(CurrentPatient currentPatient, WeekInWinsQuery query, ClinicianNotesSeen notes, PatientCheers cheers) : PageModel
{
    public WeekInWinsView View { get; private set; } = null!;

    public CheersOnMoments Cheers { get; private set; } = CheersOnMoments.None;

    public async Task OnGetAsync(string? week)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        View = await query.RunAsync(patient, week, HttpContext.RequestAborted);
        Cheers = await cheers.ForMomentsAsync(patient.PatientId, View.Moments.Select(m => m.Card), HttpContext.RequestAborted);
    }

    /// <summary>Opening a note: it stops being new, and the week it belongs to is shown with the note in place.</summary>
    public async Task<IActionResult> OnPostOpenAsync(long noteId)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        if (await notes.OpenAsync(patient.PatientId, noteId, HttpContext.RequestAborted) is not { } monday)
        {
            return NotFound();
        }

        return Redirect($"/Wins/Week?week={IsoWeeks.ToParam(monday)}#note-{noteId}");
    }
}
