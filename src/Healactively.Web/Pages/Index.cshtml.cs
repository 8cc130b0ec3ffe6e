using Healactively.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages;

/// <summary>The landing page for visitors; patients go to their own home, clinicians to their patients, admins to the accounts, supporters to the people who share with them.</summary>
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
            return RedirectToPage("/Clinician/Index");
        }

        if (User.IsInRole(Roles.Admin))
        {
            return Redirect("/Admin");
        }

        if (User.IsInRole(Roles.Supporter))
        {
            return RedirectToPage("/Supporting/Index");
        }

        return Page();
    }
}
