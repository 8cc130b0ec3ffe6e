using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Help;

/// <summary>
/// "How wins work": the rules of win-detection.md and win-presentation.md in plain words. It answers at /Wins/HowItWorks
/// but lives outside the patients' /Wins folder so that clinicians, whose tier badges link here, can read it too
/// (any signed-in person: the fallback policy).
/// </summary>
public sealed class HowWinsWorkModel : PageModel
{
    public void OnGet()
    {
    }
}
