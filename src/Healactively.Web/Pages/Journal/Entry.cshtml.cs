using Healactively.Domain.Journal;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Metrics;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Journal;

/// <summary>One journal day: today by default, or any past date to back-fill or edit.</summary>
public sealed class EntryModel(
    CurrentPatient currentPatient,
    JournalDayQuery days,
    CustomMetricListQuery customMetrics,
    WinsOnDateQuery winsOnDate,
    SaveEntry saveEntry,
    FlareSequenceCheck flares) : PageModel
{
    [BindProperty]
    public EntryForm Input { get; set; } = new();

    /// <summary>The form's one-time key: the same form posted twice saves once.</summary>
    [BindProperty]
    public string? FormKey { get; set; }

    public DateOnly Date { get; private set; }

    public DateOnly Today { get; private set; }

    public bool IsFuture { get; private set; }

    public long? EntryId { get; private set; }

    public DistanceUnit DistanceUnit { get; private set; }

    public IReadOnlyList<CustomMetricRecord> CustomMetrics { get; private set; } = [];

    public FlareEpisode? OngoingFlare { get; private set; }

    /// <summary>The moments of the day just saved, strongest first.</summary>
    public IReadOnlyList<MomentCard> WinsOnDate { get; private set; } = [];

    /// <summary>Flare marks that do not fit the sequence right now (e.g. half-way through moving an end).</summary>
    public IReadOnlyList<FlareProblem> LooseFlareMarks { get; private set; } = [];

    public bool JustSaved { get; private set; }

    /// <summary>The most recent day before this one with an entry, offered for "Same as yesterday".</summary>
    public DateOnly? EarlierEntryDate { get; private set; }

    /// <summary>Set when the form shows the values of <see cref="EarlierEntryDate"/>, not yet saved.</summary>
    public bool PrefilledFromEarlier { get; private set; }

    /// <summary>What is saved now, when this form was opened before another save of the same day.</summary>
    public EntryForm? SavedVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? date, bool saved = false, bool sameAsYesterday = false)
    {
        if (!await LoadAsync(date))
        {
            return NotFound();
        }

        if (IsFuture)
        {
            return Page();
        }

        var entry = await FindEntryAsync();
        Input = EntryFormMapper.FromRecord(entry, DistanceUnit, CustomMetrics);
        var earlier = await FindEarlierEntryAsync();
        EarlierEntryDate = earlier?.Date;
        if (sameAsYesterday && earlier is not null)
        {
            Input = SameAsYesterday.Prefill(EntryFormMapper.FromRecord(earlier, DistanceUnit, CustomMetrics), Input.Version);
            PrefilledFromEarlier = true;
        }

        FormKey = FormKeys.NewKey();
        JustSaved = saved && entry is not null;
        if (JustSaved)
        {
            var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
            WinsOnDate = await winsOnDate.MomentsAsync(patient, Date, HttpContext.RequestAborted);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? date)
    {
        if (!await LoadAsync(date, withFlares: false))
        {
            return NotFound();
        }

        if (IsFuture)
        {
            ModelState.AddModelError(string.Empty, "That day has not happened yet. You can journal today or any earlier day.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PageWithFlaresAsync();
        }

        // Whatever this post shows next is a new form: a save from it is a new submission.
        var postedKey = FormKeys.Normalize(FormKey);
        ModelState.Remove(nameof(FormKey));
        FormKey = FormKeys.NewKey();

        var changes = EntryFormMapper.Validate(Input, DistanceUnit, CustomMetrics.Select(m => m.Key).ToHashSet(StringComparer.Ordinal), ModelState, out var version);
        if (changes is null)
        {
            await LoadEntryIdAsync();
            return await PageWithFlaresAsync();
        }

        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var savedPage = Url.Page("/Journal/Entry", new { date = JournalDates.ToRoute(Date), saved = true })!;
        var submission = postedKey is null ? null : new FormSubmissionKey(postedKey, savedPage);
        SaveEntryOutcome outcome;
        try
        {
            outcome = await saveEntry.RunAsync(patient, Date, version, changes, submission, HttpContext.RequestAborted);
        }
        catch (Exception exception) when (DatabaseBusyException.IsBusy(exception))
        {
            // Nothing was saved: show the typed form again, with the same key so a retry still saves once.
            ModelState.AddModelError(string.Empty, BusyMessage);
            FormKey = postedKey ?? FormKey;
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = BusyRetryAfterSeconds;
            await LoadEntryIdAsync();
            return await PageWithFlaresAsync();
        }

        switch (outcome)
        {
            case SaveEntryOutcome.Saved:
                return LocalRedirect(savedPage);
            case SaveEntryOutcome.AlreadySaved already:
                return LocalRedirect(already.RedirectTo);
            case SaveEntryOutcome.Conflict conflict:
                var current = await FindEntryAsync();
                SavedVersion = current is null ? null : EntryFormMapper.FromRecord(current, DistanceUnit, CustomMetrics);
                ModelState.AddModelError(string.Empty, current is null
                    ? "This day was deleted in another window after you opened this form. Nothing was saved; save again to keep your version."
                    : "This day was saved in another window after you opened this form, so your changes were not saved. Both versions are below: save again to keep yours.");
                ModelState.Remove($"{EntryFormMapper.Prefix}.{nameof(EntryForm.Version)}");
                Input.Version = conflict.CurrentVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture);
                EntryId = current?.Id;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await PageWithFlaresAsync();
            case SaveEntryOutcome.Refused refused:
                ModelState.AddModelError(refused.Field.Length == 0 ? string.Empty : $"{EntryFormMapper.Prefix}.{refused.Field}Started", refused.Message);
                await LoadEntryIdAsync();
                return await PageWithFlaresAsync();
            default:
                ModelState.AddModelError(string.Empty, "That day has not happened yet. You can journal today or any earlier day.");
                return await PageWithFlaresAsync();
        }
    }

    public const string BusyMessage = "The journal is busy with other saves right now, so this day was not saved yet. Your entries are below as you typed them: press Save again in a few seconds.";

    private const string BusyRetryAfterSeconds = "5";

    private async Task<bool> LoadAsync(string? date, bool withFlares = true)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        Today = patient.Today;
        DistanceUnit = patient.DistanceUnit;
        if (string.IsNullOrEmpty(date))
        {
            Date = Today;
        }
        else if (JournalDates.TryParse(date, out var parsed) && JournalDates.IsServed(parsed))
        {
            Date = parsed;
        }
        else
        {
            return false;
        }

        IsFuture = Date > Today;
        CustomMetrics = await customMetrics.RecordsAsync(patient.PatientId, HttpContext.RequestAborted);
        if (withFlares)
        {
            await LoadFlaresAsync(patient);
        }

        return true;
    }

    // A post that saves answers with a redirect: the flare timeline (every flare mark of the journal) is read only
    // when the form is shown again.
    private async Task<IActionResult> PageWithFlaresAsync()
    {
        await LoadFlaresAsync(await currentPatient.GetAsync(HttpContext.RequestAborted));
        return Page();
    }

    private async Task LoadFlaresAsync(PatientContext patient)
    {
        var timeline = await flares.TimelineAsync(patient.PatientId, HttpContext.RequestAborted);
        OngoingFlare = timeline.Ongoing;
        LooseFlareMarks = timeline.Problems;
    }

    private async Task<JournalEntryRecord?> FindEntryAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var entry = await days.EntryAsync(patient.PatientId, Date, HttpContext.RequestAborted);
        EntryId = entry?.Id;
        return entry;
    }

    private async Task LoadEntryIdAsync() => await FindEntryAsync();

    private async Task<JournalEntryRecord?> FindEarlierEntryAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        return await days.EarlierEntryAsync(patient.PatientId, Date, HttpContext.RequestAborted);
    }
}
