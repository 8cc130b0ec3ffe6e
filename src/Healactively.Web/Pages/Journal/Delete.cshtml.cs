using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Journal;

/// <summary>Asks before deleting a day; only the owner's entries are found (another id is a 404).</summary>
public sealed class DeleteModel(CurrentPatient currentPatient, EntrySummaryQuery query, DeleteEntry deleteEntry) : PageModel
{
    public DateOnly Date { get; private set; }

    public string Summary { get; private set; } = string.Empty;

    public string? Problem { get; private set; }

    /// <summary>The version of the day this page showed: a delete confirmed after the day changed is refused.</summary>
    [BindProperty]
    public int? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(long id) =>
        await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var outcome = ModelState.IsValid
            ? await deleteEntry.RunAsync(patient, id, Version, HttpContext.RequestAborted)
            : new DeleteEntry.Outcome.Refused(DeleteEntry.ChangedMessage); // a version that is not a number: a tampered or broken form
        switch (outcome)
        {
            case DeleteEntry.Outcome.Deleted deleted:
                TempData["StatusMessage"] = $"Your entry for {JournalDates.ToDisplay(deleted.Date)} was deleted.";
                return RedirectToPage("/Journal/Index");
            case DeleteEntry.Outcome.Refused refused:
                if (!await LoadAsync(id))
                {
                    return NotFound(); // deleted by another request since
                }

                Problem = refused.Message;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task<bool> LoadAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var entry = await query.FindAsync(patient, id, HttpContext.RequestAborted);
        if (entry is null)
        {
            return false;
        }

        Date = entry.Date;
        Version = entry.Version;
        Summary = entry.Summary;
        return true;
    }
}
