using Healactively.Web.Features.Cheers;
using Healactively.Web.Features.Home;
using Healactively.Web.Features.Outcomes;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Home;

/// <summary>A patient's home: today's prompt or summary, what improved this week, the streak, then and now.</summary>
public sealed class IndexModel(CurrentPatient currentPatient, HomeQuery query, PatientViewCache cache, PatientCheers cheers, OutcomeOverviewQuery outcomes) : PageModel
{
    private const string CacheKey = "home";

    /// <summary>Days after the last check-in when the next one is offered (outcome-measures.md).</summary>
    public const int CheckInEveryDays = 7;

    public PatientContext Patient { get; private set; } = null!;

    public HomeView View { get; private set; } = null!;

    /// <summary>Supporters' cheers on the highlights (read fresh: they change without a journal edit).</summary>
    public CheersOnMoments Cheers { get; private set; } = CheersOnMoments.None;

    /// <summary>Check-ins and goals (the goals card and the check-in offer).</summary>
    public OutcomeOverview Outcomes { get; private set; } = null!;

    /// <summary>Offer the weekly check-in: none yet once the patient has journaled, or the last is a week old or more.</summary>
    public bool CheckInDue => Outcomes.LastCheckIn is { } last
        ? Patient.Today.DayNumber - last.DayNumber >= CheckInEveryDays
        : View.HasEntries;

    public IReadOnlyList<GoalStatus> ActiveGoals => [.. Outcomes.Goals.Where(g => !g.Ended && g.ReachedOn is null)];

    public IReadOnlyList<GoalStatus> ReachedThisWeek => [.. Outcomes.Goals.Where(g => g.ReachedOn is { } on && on > Patient.Today.AddDays(-7))];

    public async Task OnGetAsync()
    {
        Patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        if (!cache.TryGet<HomeView>(CacheKey, Patient, out var view))
        {
            view = await query.RunAsync(Patient, HttpContext.RequestAborted);
            cache.Set(CacheKey, Patient, view);
        }

        View = view;
        Outcomes = await outcomes.ForAsync(Patient, DateOnly.MinValue, Patient.Today, HttpContext.RequestAborted);
        Cheers = await cheers.ForMomentsAsync(Patient.PatientId, view.Highlights, HttpContext.RequestAborted);
    }
}
