using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Patients may turn two-factor off again; clinicians and admins may not (they can reset the app key instead).</summary>
public sealed class Disable2faModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, ILogger<Disable2faModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return ManageUser.IsStaff(User) || !await users.GetTwoFactorEnabledAsync(user) ? RedirectToPage("./TwoFactorAuthentication") : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ManageUser.IsStaff(User))
        {
            TempData["StatusMessage"] = "Clinician and admin accounts keep two-factor authentication on. To move to a new phone, reset the app key.";
            return RedirectToPage("./TwoFactorAuthentication");
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        TwoFactorLog.Disabled(logger, user.Id);
        await signIn.RefreshSignInAsync(user);
        TempData["StatusMessage"] = "Two-factor authentication is off. You can turn it on again at any time.";
        return RedirectToPage("./TwoFactorAuthentication");
    }
}
