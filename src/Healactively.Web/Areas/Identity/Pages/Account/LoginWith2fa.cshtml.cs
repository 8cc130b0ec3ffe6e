using System.ComponentModel.DataAnnotations;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account;

/// <summary>The second step of signing in: the code from the authenticator app (each code works once).</summary>
[AllowAnonymous]
public sealed class LoginWith2faModel(SignInManager<ApplicationUser> signIn, ILogger<LoginWith2faModel> logger) : PageModel
{
    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public bool RememberMe { get; private set; }

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool rememberMe = false, string? returnUrl = null)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("./Login", new { returnUrl });
        }

        RememberMe = rememberMe;
        ReturnUrl = returnUrl;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool rememberMe = false, string? returnUrl = null)
    {
        RememberMe = rememberMe;
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

        // No "remember this browser": every sign-in of a two-factor account asks for a code.
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(CodeInput.Digits(Input.Code), rememberMe, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        if (result.IsLockedOut)
        {
            return RedirectToPage("./Lockout");
        }

        TwoFactorLog.CodeRefused(logger, user.Id);
        ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Code)}",
            "That code did not work. Codes change every 30 seconds and each one works only once: wait for the next code and try again.");
        return Page();
    }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
        [StringLength(9, MinimumLength = 6, ErrorMessage = "The code has 6 digits.")]
        [Display(Name = "Code from your authenticator app")]
        public string Code { get; set; } = string.Empty;

        public static string Digits(string code) => string.Concat(code.Where(c => c is not (' ' or '-')));
    }
}
