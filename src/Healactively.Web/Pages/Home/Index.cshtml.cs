using Healactively.Web.Features.Cheers;
using Healactively.Web.Features.Home;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Home;

/// <summary>A patient's home: today's prompt or summary, what improved this week, the streak, then and now.</summary>
public sealed class IndexModel(CurrentPatient currentPatient, HomeQuery query, PatientViewCache cache, PatientCheers cheers) : PageModel
{
    private const string CacheKey = "home";

    public PatientContext Patient { get; private set; } = null!;

    public HomeView View { get; private set; } = null!;

    /// <summary>Supporters' cheers on the highlights (read fresh: they change without a journal edit).</summary>
    public CheersOnMoments Cheers { get; private set; } = CheersOnMoments.None;

    public async Task OnGetAsync()
    {
        Patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        if (!cache.TryGet<HomeView>(CacheKey, Patient, out var view))
        {
            view = await query.RunAsync(Patient, HttpContext.RequestAborted);
            cache.Set(CacheKey, Patient, view);
        }

        View = view;
        Cheers = await cheers.ForMomentsAsync(Patient.PatientId, view.Highlights, HttpContext.RequestAborted);
    }
}
