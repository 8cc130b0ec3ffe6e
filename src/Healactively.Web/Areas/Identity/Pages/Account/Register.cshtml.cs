using System.ComponentModel.DataAnnotations;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Registration creates patients only (clinicians and admins are made by an operator or an admin). Its answer never
/// tells whether the address already had an account: a new account and a taken address both lead to the same
/// "check your email" page, and both send one email (a confirmation link, or to the owner a note that someone tried
/// to register). So registration does not sign in; the page asks the new patient to sign in with their password.
/// </summary>
[AllowAnonymous]
public sealed partial class RegisterModel(UserManager<ApplicationUser> users, AccountEmails emails, TimeProvider clock, ILogger<RegisterModel> logger) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    public IReadOnlyList<string> TimeZones => TimeZoneCatalog.All;

    public void OnGet(string? returnUrl = null) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new ApplicationUser
        {
            UserName = Input.Email.Trim(),
            Email = Input.Email.Trim(),
            DisplayName = Input.DisplayName.Trim(),
            TimeZoneId = Input.TimeZoneId,
            DistanceUnit = Input.Unit,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, Input.Password);
        if (!created.Succeeded)
        {
            var errors = created.Errors.Where(e => !IsTaken(e)).ToList();
            if (errors.Count == 0 && await users.FindByEmailAsync(Input.Email.Trim()) is { } owner)
            {
                LogRegistrationOfTakenAddress(logger, owner.Id);
                await emails.SendRegistrationAttemptAsync(owner);
                return RedirectToPage("./RegisterConfirmation");
            }

            foreach (var error in errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? $"{nameof(Input)}.{nameof(Input.Password)}"
                    : error.Code is "InvalidEmail" or "InvalidUserName" ? $"{nameof(Input)}.{nameof(Input.Email)}"
                    : string.Empty;
                ModelState.AddModelError(field, error.Description);
            }

            return Page();
        }

        await users.AddToRoleAsync(user, Roles.Patient);
        LogPatientRegistered(logger, user.Id);

        // Patients may use the app before confirming; an unsent email only means the reminder offers to send it again.
        await emails.SendConfirmationAsync(user);
        return RedirectToPage("./RegisterConfirmation");
    }

    private static bool IsTaken(IdentityError error) => error.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registration with the address of user {UserId}: the owner was emailed, the visitor answered as for a new account")]
    private static partial void LogRegistrationOfTakenAddress(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Patient {UserId} registered")]
    private static partial void LogPatientRegistered(ILogger logger, string userId);

    public sealed class RegisterInput : ProfileInput
    {
        [Required(ErrorMessage = "Enter your email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
        [StringLength(256, ErrorMessage = "Your email can be at most {1} characters.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "Choose a password.")]
        [NewPassword]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = string.Empty;

        [DataType(DataType.Password)]
        [Display(Name = "Confirm password")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
