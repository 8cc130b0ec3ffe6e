using System.Security.Claims;
using Healactively.Web.Data;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Replaces Identity UI's partial JSON download with the product's complete one: patients get theirs on their data
/// page; a supporter (who is not a patient) gets theirs here; staff have none.
/// </summary>
public sealed class DownloadPersonalDataModel(PersonalDataExport export) : PageModel
{
    public IActionResult OnGet() => User.IsInRole(Roles.Patient) ? Redirect("/Profile/Data") : NotFound();

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.IsInRole(Roles.Patient))
        {
            return Redirect("/Profile/Data");
        }

        if (!User.IsInRole(Roles.Supporter))
        {
            return NotFound();
        }

        var zip = await export.BuildForSupporterAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted);
        Response.Headers.CacheControl = "no-store";
        return File(zip, "application/zip", "healactively-my-data.zip");
    }
}
