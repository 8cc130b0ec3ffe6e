using System.Globalization;
using System.Security.Claims;
using Healactively.Web.Features.Care;
using Healactively.Web.Features.Cheers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Supporting;

/// <summary>
/// A supporter's cheer on one shared moment (POST only; a GET goes back to the patient's moments). Sent: back to the
/// moments with a status beside the card. Bad input or the daily limit: explained on this page, nothing stored.
/// Guarded like the supporter's moments page (<see cref="PatientPageFilter"/>: supporter link, audit row, 404); a moment
/// that is not shared answers the same 404.
/// </summary>
[AuditedRead(CareTeamQuery.CheerAction, PatientAudience.Supporter)]
public sealed class CheerModel(SendCheer sendCheer, GrantedPatient grantedPatient) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string PatientId { get; set; } = string.Empty;

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Reaction { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    public string? Problem { get; private set; }

    /// <summary>The moment a cheer was just sent on, as <c>yyyy-MM-dd subject</c>, read by the card's partial.</summary>
    [TempData]
    public string? CheerSent { get; set; }

    public string BackUrl => $"/Supporting/{Uri.EscapeDataString(PatientId)}";

    public IActionResult OnGet() => Redirect(BackUrl);

    public async Task<IActionResult> OnPostAsync()
    {
        var supporterId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        DateOnly? date = DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        var outcome = await sendCheer.RunAsync(new CheerRequest(supporterId, grantedPatient.Patient, date, Subject, Reaction, Message), HttpContext.RequestAborted);
        switch (outcome.Status)
        {
            case SendCheerStatus.Sent:
                CheerSent = $"{Date} {Subject}";
                return Redirect($"{BackUrl}#cheer-{Date}-{Uri.EscapeDataString(Subject ?? string.Empty)}");
            case SendCheerStatus.Refused:
                Problem = outcome.Problem;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            default:
                return NotFound();
        }
    }
}
