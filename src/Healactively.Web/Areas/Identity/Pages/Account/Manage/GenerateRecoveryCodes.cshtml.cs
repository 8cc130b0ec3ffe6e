using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>Replaces every recovery code with new ones (the old ones stop working).</summary>
public sealed class GenerateRecoveryCodesModel(UserManager<ApplicationUser> users, ILogger<GenerateRecoveryCodesModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        return await users.GetTwoFactorEnabledAsync(user) ? Page() : RedirectToPage("./TwoFactorAuthentication");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("./TwoFactorAuthentication");
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, EnableAuthenticatorModel.RecoveryCodeCount);
        TwoFactorLog.RecoveryCodesGenerated(logger, user.Id);
        TempData[ShowRecoveryCodesModel.TempDataKey] = (codes ?? []).ToArray();
        return RedirectToPage("./ShowRecoveryCodes");
    }
}
