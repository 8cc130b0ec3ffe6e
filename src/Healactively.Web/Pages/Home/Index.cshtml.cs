using Healactively.Web.Features.Home;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Home;

/// <summary>A patient's home: today's prompt or summary, what improved this week, the streak, then and now.</summary>
public sealed class IndexModel(CurrentPatient currentPatient, HomeQuery query, PatientViewCache cache) : PageModel
{
    private const string CacheKey = "home";

    public PatientContext Patient { get; private set; } = null!;

    public HomeView View { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        if (!cache.TryGet<HomeView>(CacheKey, Patient, out var view))
        {
            view = await query.RunAsync(Patient, HttpContext.RequestAborted);
            cache.Set(CacheKey, Patient, view);
        }

        View = view;
    }
}
