using Healactively.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Replaces Identity UI's own delete page, which would delete the user row without the product's erasure
/// (audit anonymisation, last-admin guard). Patients go to their data page; staff are deleted by an admin.
/// </summary>
public sealed class DeletePersonalDataModel : PageModel
{
    public IActionResult OnGet() => User.IsInRole(Roles.Patient) ? Redirect("/Profile/Delete") : Page();

    public IActionResult OnPost() => OnGet();
}
