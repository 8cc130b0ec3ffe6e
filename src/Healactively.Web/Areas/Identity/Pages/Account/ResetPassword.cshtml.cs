using System.ComponentModel.DataAnnotations;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Follows a reset link: a new password for the account the link was made for. The link works once and expires;
/// using it also confirms the email address, since only its owner could open it.
/// </summary>
[AllowAnonymous]
public sealed partial class ResetPasswordModel(UserManager<ApplicationUser> users, ILogger<ResetPasswordModel> logger) : PageModel
{
    [BindProperty]
    public ResetInput Input { get; set; } = new();

    /// <summary>The link has expired, was already used, or is not one of ours.</summary>
    public bool LinkInvalid { get; private set; }

    public string? AccountEmail { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId = null, string? code = null)
    {
        Input.UserId = userId ?? string.Empty;
        Input.Code = code ?? string.Empty;
        var user = await UserWithValidLinkAsync();
        LinkInvalid = user is null;
        AccountEmail = user?.Email;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await UserWithValidLinkAsync();
        if (user is null)
        {
            LinkInvalid = true;
            return Page();
        }

        AccountEmail = user.Email;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, AccountEmails.Decode(Input.Code), Input.Password);
        if (!result.Succeeded)
        {
            LinkInvalid = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Password)}", error.Description);
            }

            return Page();
        }

        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        LogPasswordReset(logger, user.Id);
        return RedirectToPage("./ResetPasswordConfirmation");
    }

    private async Task<ApplicationUser?> UserWithValidLinkAsync()
    {
        if (string.IsNullOrEmpty(Input.UserId) || string.IsNullOrEmpty(Input.Code))
        {
            return null;
        }

        string token;
        try
        {
            token = AccountEmails.Decode(Input.Code);
        }
        catch (FormatException)
        {
            return null;
        }

        var user = await users.FindByIdAsync(Input.UserId);
        return user is not null && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, token)
            ? user
            : null;
    }

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "User {UserId} reset their password with an emailed link")]
    private static partial void LogPasswordReset(ILogger logger, string userId);

    public sealed class ResetInput
    {
        public string UserId { get; set; } = string.Empty;

        public string Code { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a new password.")]
        [NewPassword]
        [DataType(DataType.Password)]
        [Display(Name = "New password")]
        public string Password { get; set; } = string.Empty;

        [DataType(DataType.Password)]
        [Display(Name = "Confirm new password")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
