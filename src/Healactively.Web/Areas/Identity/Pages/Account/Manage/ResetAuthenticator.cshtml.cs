using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>A new app key (e.g. for a new phone): the old app stops working and two-factor is off until the new one is checked.</summary>
public sealed class ResetAuthenticatorModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, ILogger<ResetAuthenticatorModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        TwoFactorLog.AuthenticatorReset(logger, user.Id);
        await signIn.RefreshSignInAsync(user);
        TempData["StatusMessage"] = "Your app key is reset. Add the new key to your authenticator app to turn two-factor on again.";
        return RedirectToPage("./EnableAuthenticator");
    }
}
