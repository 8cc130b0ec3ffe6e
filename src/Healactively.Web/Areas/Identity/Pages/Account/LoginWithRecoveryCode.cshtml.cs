using System.ComponentModel.DataAnnotations;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account;

/// <summary>Signing in with one of the recovery codes when the authenticator app is not at hand; each code works once.</summary>
[AllowAnonymous]
public sealed class LoginWithRecoveryCodeModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, ILogger<LoginWithRecoveryCodeModel> logger) : PageModel
{
    [BindProperty]
    public RecoveryInput Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl = null)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("./Login", new { returnUrl });
        }

        ReturnUrl = returnUrl;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = returnUrl;
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("./Login", new { returnUrl });
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = Input.RecoveryCode.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            var left = await users.CountRecoveryCodesAsync(user);
            TwoFactorLog.RecoveryCodeUsed(logger, user.Id, left);
            TempData["StatusMessage"] = $"You signed in with a recovery code. It will not work again; {left} codes left. You can make new ones under Account, Two-factor authentication.";
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("./Lockout");
        }

        TwoFactorLog.RecoveryCodeRefused(logger, user.Id);
        ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.RecoveryCode)}", "That recovery code did not work. Each code works only once; try another one from your list.");
        return Page();
    }

    public sealed class RecoveryInput
    {
        [Required(ErrorMessage = "Enter one of your recovery codes.")]
        [StringLength(20, ErrorMessage = "A recovery code looks like ABCDE-12345.")]
        [Display(Name = "Recovery code")]
        public string RecoveryCode { get; set; } = string.Empty;
    }
}
