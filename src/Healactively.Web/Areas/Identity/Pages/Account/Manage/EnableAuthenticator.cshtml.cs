using System.ComponentModel.DataAnnotations;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Adds an authenticator app: a QR code drawn on the server and the key to type by hand, then one code to prove it
/// works. A new key is made by a POST ("Start"), never by opening the page, because making one changes the account.
/// </summary>
public sealed class EnableAuthenticatorModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, ILogger<EnableAuthenticatorModel> logger) : PageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public CodeInput Input { get; set; } = new();

    public string SharedKey { get; private set; } = string.Empty;

    public string AuthenticatorUri { get; private set; } = string.Empty;

    public string QrCodeSvg { get; private set; } = string.Empty;

    /// <summary>False until a key exists: the page then offers the button that makes one.</summary>
    public bool HasKey { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return Page();
        }

        var code = string.Concat(Input.Code.Where(c => c is not (' ' or '-')));
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            TwoFactorLog.CodeRefused(logger, user.Id);
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Code)}",
                "That code did not match. Check that the app shows Healactively with this key, then enter the newest code.");
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        TwoFactorLog.Enabled(logger, user.Id);
        string[]? newCodes = null;
        if (await users.CountRecoveryCodesAsync(user) == 0)
        {
            newCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        }

        // Turning 2FA on changes the security stamp; refresh the cookie so this session stays signed in.
        await signIn.RefreshSignInAsync(user);
        if (newCodes is not null)
        {
            TempData[ShowRecoveryCodesModel.TempDataKey] = newCodes;
            return RedirectToPage("./ShowRecoveryCodes");
        }

        TempData["StatusMessage"] = "Your authenticator app is set up.";
        return RedirectToPage("./TwoFactorAuthentication");
    }

    private async Task LoadKeyAsync(ApplicationUser user)
    {
        Response.Headers.CacheControl = "no-store";
        var key = await users.GetAuthenticatorKeyAsync(user);
        HasKey = !string.IsNullOrEmpty(key);
        if (!HasKey)
        {
            return;
        }

        SharedKey = AuthenticatorQrCode.Readable(key!);
        AuthenticatorUri = AuthenticatorQrCode.Uri(user.Email ?? user.UserName ?? user.Id, key!);
        QrCodeSvg = AuthenticatorQrCode.Svg(AuthenticatorUri);
    }

    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Enter the 6-digit code your app shows.")]
        [StringLength(9, MinimumLength = 6, ErrorMessage = "The code has 6 digits.")]
        [Display(Name = "Code from the app")]
        public string Code { get; set; } = string.Empty;
    }
}
