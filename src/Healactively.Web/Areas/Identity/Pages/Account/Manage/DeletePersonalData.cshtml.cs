using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Replaces Identity UI's own delete page, which would delete the user row without the product's erasure
/// (audit anonymisation, last-admin guard). Patients go to their data page; staff are deleted by an admin; a supporter
/// deletes their own account here, with their password and typed email, through the same erasure.
/// </summary>
public sealed class DeletePersonalDataModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, DeleteOwnAccount deleteOwnAccount) : PageModel
{
    [BindProperty]
    public DeleteOwnAccountInput Input { get; set; } = new();

    public bool IsSupporter => User.IsInRole(Roles.Supporter) && !ManageUser.IsStaff(User);

    public string Email { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.IsInRole(Roles.Patient))
        {
            return Redirect("/Profile/Delete");
        }

        Email = (await users.GetUserAsync(User))?.Email ?? string.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.IsInRole(Roles.Patient))
        {
            return Redirect("/Profile/Delete");
        }

        var user = await users.GetUserAsync(User);
        if (user is null || !IsSupporter)
        {
            return Page();
        }

        Email = user.Email ?? string.Empty;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        foreach (var problem in await deleteOwnAccount.RunAsync(user, Input, HttpContext.RequestAborted))
        {
            ModelState.AddModelError(problem.Field, problem.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await signIn.SignOutAsync();
        TempData["StatusMessage"] = "Your account and all of your data were deleted.";
        return Redirect("/");
    }
}
