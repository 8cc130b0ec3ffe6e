using Healactively.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Replaces Identity UI's partial JSON download with the product's complete one (patients only).</summary>
public sealed class DownloadPersonalDataModel : PageModel
{
    public IActionResult OnGet() => User.IsInRole(Roles.Patient) ? Redirect("/Profile/Data") : NotFound();

    public IActionResult OnPost() => OnGet();
}
