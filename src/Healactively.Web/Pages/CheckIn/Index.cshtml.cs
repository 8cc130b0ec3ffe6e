using System.Globalization;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Outcomes;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.CheckIn;

/// <summary>
/// The weekly check-in (PSFS ratings for each active activity and the three PEG items) for today or an earlier date
/// (an edit replaces that date's check-in), and the activities the patient rates: add, retire, accept or decline a proposal.
/// Answers are bound as text and checked by <see cref="SaveCheckIn"/>, so odd values get a message, never a 500.
/// </summary>
public sealed class IndexModel(
    CurrentPatient currentPatient,
    CheckInFormQuery formQuery,
    ProposalsQuery proposals,
    SaveCheckIn saveCheckIn,
    ManagePsfsActivities activities,
    WinsOnDateQuery winsOnDate) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Date { get; set; }

    /// <summary>Activity id (as text) → the answer as posted; read from the form's <c>Ratings[id]</c> fields.</summary>
    public Dictionary<string, string?> Ratings { get; private set; } = [];

    [BindProperty]
    public string? PegPain { get; set; }

    [BindProperty]
    public string? PegEnjoyment { get; set; }

    [BindProperty]
    public string? PegActivity { get; set; }

    [BindProperty]
    public string? NewActivity { get; set; }

    public DateOnly Day { get; private set; }

    public DateOnly Today { get; private set; }

    public CheckInFormData Form { get; private set; } = default!;

    public IReadOnlyList<ActivityProposal> Proposals { get; private set; } = [];

    public IReadOnlyList<MomentCard> Wins { get; private set; } = [];

    public bool JustSaved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved = false)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        if (!TryReadDate(patient, out var day))
        {
            return RedirectToPage(new { date = (string?)null });
        }

        await LoadAsync(patient, day, keepPosted: false);
        JustSaved = saved && Form.Saved;
        if (JustSaved)
        {
            Wins = [.. (await winsOnDate.MomentsAsync(patient, day, HttpContext.RequestAborted)).Where(m => Domain.Outcomes.OutcomeKeys.IsOutcome(m.Subject) || m.All.Any(w => w.Kind == Domain.Wins.WinKind.GoalReached))];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        if (!TryReadDate(patient, out var day))
        {
            ModelState.AddModelError(nameof(Date), "Choose a valid date, today or earlier.");
            await LoadAsync(patient, patient.Today, keepPosted: true);
            return Page();
        }

        // Read by hand: a dictionary bound with no Ratings[…] field posted would take every other field instead.
        Ratings = Request.Form.Keys
            .Where(k => k.StartsWith("Ratings[", StringComparison.Ordinal) && k.EndsWith(']'))
            .ToDictionary(k => k["Ratings[".Length..^1], k => (string?)Request.Form[k].ToString(), StringComparer.Ordinal);
        var ratings = new Dictionary<long, int?>();
        foreach (var (key, value) in Ratings)
        {
            if (!long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                ModelState.AddModelError(string.Empty, "This form lists an activity you no longer rate. Reload the page and try again.");
                await LoadAsync(patient, day, keepPosted: true);
                return Page();
            }

            ratings[id] = ParseRating(value);
        }

        var answers = new CheckInAnswers(ratings, ParseRating(PegPain), ParseRating(PegEnjoyment), ParseRating(PegActivity));
        var outcome = await saveCheckIn.RunAsync(patient, day, answers, HttpContext.RequestAborted);
        if (outcome is CheckInOutcome.Refused refused)
        {
            ModelState.AddModelError(refused.Field, refused.Message);
            await LoadAsync(patient, day, keepPosted: true);
            return Page();
        }

        var saved = (CheckInOutcome.Saved)outcome;
        TempData["StatusMessage"] = saved.Replaced ? "Check-in updated: this date's answers were replaced." : "Check-in saved.";
        return RedirectToPage(new { date = JournalDates.ToRoute(day), saved = true });
    }

    public async Task<IActionResult> OnPostAddAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        return await Done(patient, await activities.AddAsync(patient, NewActivity, HttpContext.RequestAborted), nameof(NewActivity), $"“{NewActivity?.Trim()}” is now on your check-in.");
    }

    public async Task<IActionResult> OnPostRetireAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        return await Done(patient, await activities.RetireAsync(patient, id, HttpContext.RequestAborted), string.Empty, "Retired: its ratings stay in your history.");
    }

    public async Task<IActionResult> OnPostAcceptAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        return await Done(patient, await activities.AcceptAsync(patient, id, HttpContext.RequestAborted), string.Empty, "Added to your check-in.");
    }

    public async Task<IActionResult> OnPostDeclineAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        return await Done(patient, await activities.DeclineAsync(patient, id, HttpContext.RequestAborted), string.Empty, "Declined: it will not be on your check-in.");
    }

    private async Task<IActionResult> Done(PatientContext patient, string? problem, string field, string success)
    {
        if (problem is not null)
        {
            ModelState.AddModelError(field, problem);
            await LoadAsync(patient, patient.Today, keepPosted: false);
            return Page();
        }

        TempData["StatusMessage"] = success;
        return RedirectToPage(new { date = (string?)null });
    }

    private bool TryReadDate(PatientContext patient, out DateOnly day)
    {
        day = patient.Today;
        if (string.IsNullOrEmpty(Date))
        {
            return true;
        }

        return JournalDates.TryParse(Date, out day) && JournalDates.IsServed(day) && day <= patient.Today;
    }

    private static int? ParseRating(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private async Task LoadAsync(PatientContext patient, DateOnly day, bool keepPosted)
    {
        Day = day;
        Today = patient.Today;
        Form = await formQuery.ForAsync(patient.PatientId, day, HttpContext.RequestAborted);
        Proposals = await proposals.ActivitiesAsync(patient.PatientId, HttpContext.RequestAborted);
        if (!keepPosted)
        {
            Ratings = Form.Ratings.ToDictionary(r => r.Key.ToString(CultureInfo.InvariantCulture), r => (string?)r.Value.ToString(CultureInfo.InvariantCulture));
            PegPain = Form.PegPain?.ToString(CultureInfo.InvariantCulture);
            PegEnjoyment = Form.PegEnjoyment?.ToString(CultureInfo.InvariantCulture);
            PegActivity = Form.PegActivity?.ToString(CultureInfo.InvariantCulture);
        }

        Date = JournalDates.ToRoute(day);
    }

    /// <summary>The posted or saved answer for an activity, as text.</summary>
    public string? RatingOf(long id) => Ratings.TryGetValue(id.ToString(CultureInfo.InvariantCulture), out var value) ? value : null;
}
