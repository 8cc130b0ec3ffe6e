using Healactively.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages;

/// <summary>The landing page for visitors; patients go to their own home.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        if (User.IsInRole(Roles.Patient))
        {
            return RedirectToPage("/Home/Index");
        }

        // The clinician and admin areas are not built yet: staff stay here with a plain note.
        return Page();
    }
}
