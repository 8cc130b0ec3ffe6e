using Healactively.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages;

/// <summary>The landing page for visitors; signed-in users go to their own home.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.IsInRole(Roles.Patient))
        {
            return RedirectToPage("/Home/Index");
        }

        if (User.IsInRole(Roles.Clinician))
        {
            return LocalRedirect("/Clinician");
        }

        if (User.IsInRole(Roles.Admin))
        {
            return LocalRedirect("/Admin");
        }

        return Page();
    }
}
