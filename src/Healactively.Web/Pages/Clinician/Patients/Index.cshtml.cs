using Healactively.Web.Features.Care;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Outcomes;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Progress;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Clinician.Patients;

/// <summary>
/// A linked patient's timeline for the last 30, 90 or 365 days: the summary first, then the charts, the weeks by their
/// strongest moments (one week in full on request) with their entries, and the flare-ups.
/// </summary>
[AuditedRead("timeline")]
public sealed class IndexModel(
    GrantedPatient grantedPatient,
    ClinicianTimelineQuery timeline,
    PeriodSummaryQuery summaries,
    PatientIdentityQuery identities,
    ProgressQuery progress,
    OutcomeOverviewQuery outcomes) : PageModel
{
    /// <summary>A week shows this many moments until "show all" opens it.</summary>
    public const int MomentsPerWeek = 3;

    public PatientContext Patient { get; private set; } = null!;

    public PatientIdentity Identity { get; private set; } = null!;

    public PeriodSummary Summary { get; private set; } = null!;

    public TimelineView Timeline { get; private set; } = null!;

    public ProgressView Progress { get; private set; } = null!;

    public OutcomeOverview Outcomes { get; private set; } = null!;

    /// <summary>The week whose moments are all shown (its Monday), from <c>?week=</c>.</summary>
    public DateOnly? OpenWeek { get; private set; }

    public int Days => Summary.Days;

    [TempData]
    public string? StatusMessage { get; set; }

    /// <param name="days">30, 90 or 365 (anything else is 30).</param>
    /// <param name="range">The older name of <paramref name="days"/>, kept so old links still work.</param>
    public async Task OnGetAsync(int? days, string? range, string? week, [FromQuery(Name = "page")] int pageNumber = 1)
    {
        Patient = grantedPatient.Patient;
        var ct = HttpContext.RequestAborted;
        var period = PeriodSummaryQuery.NormalizeDays(days ?? (int.TryParse(range, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var r) ? r : null));
        OpenWeek = JournalDates.TryParse(week, out var monday) ? monday : null;
        Identity = await identities.RunAsync(Patient.PatientId, ct);
        Summary = await summaries.RunAsync(Patient, period, ct);
        Timeline = await timeline.RunAsync(Patient, Summary.From, pageNumber, ct);
        Progress = await progress.RunAsync(Patient, period, ct);
        Outcomes = await outcomes.ForAsync(Patient, Summary.From, Summary.To, ct);
    }

    /// <summary>This page with the period, page and open week given (null keeps none).</summary>
    public string Link(int? days = null, int? page = null, DateOnly? week = null, string? fragment = null)
    {
        var query = new List<string> { $"days={days ?? Days}" };
        if (page is > 1)
        {
            query.Add($"page={page}");
        }

        if (week is { } w)
        {
            query.Add($"week={JournalDates.ToRoute(w)}");
        }

        return $"/Clinician/Patients/{Uri.EscapeDataString(Patient.PatientId)}?{string.Join("&", query)}{(fragment is null ? string.Empty : "#" + fragment)}";
    }
}
