using System.ComponentModel.DataAnnotations;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Sign-in that counts failures: after 5 wrong passwords in a row the account is locked for a while, even to the right
/// one. A locked account is answered exactly like a wrong password (the message says that repeated failures pause an
/// account), so the answer never tells whether an email has an account; the timing neither (see AccountSignInManager).
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(AccountSignInManager signIn, SecurityEvents events) : PageModel
{
    private const string WrongCredentials = "That email and password do not match an account. Check them and try again. After 5 tries that do not match, an account is paused for 15 minutes; \"Forgot your password?\" works meanwhile.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    public async Task OnGetAsync(string? returnUrl = null)
    {
        // A half-finished external sign-in must not linger.
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        ReturnUrl = returnUrl;
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (result, user) = await signIn.PasswordSignInByEmailAsync(Input.Email.Trim(), Input.Password, Input.RememberMe);
        if (user is null)
        {
            events.SignInFailedUnknownAccount();
            ModelState.AddModelError(string.Empty, WrongCredentials);
            return Page();
        }

        if (result.Succeeded)
        {
            events.SignInSucceeded(user.Id);
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        if (result.RequiresTwoFactor)
        {
            events.SignInNeedsSecondFactor(user.Id);
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl = returnUrl, Input.RememberMe });
        }

        if (result.IsLockedOut)
        {
            events.SignInLockedOut(user.Id);
        }
        else if (result.IsNotAllowed)
        {
            events.SignInNotAllowed(user.Id);
        }
        else
        {
            events.SignInFailed(user.Id);
        }

        ModelState.AddModelError(string.Empty, WrongCredentials);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "Keep me signed in on this device")]
        public bool RememberMe { get; set; }
    }
}
