using System.ComponentModel.DataAnnotations;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account;

/// <summary>Sends a reset link to any account with that address (confirmed or not); the answer is the same either way.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<ApplicationUser> users, AccountEmails emails) : PageModel
{
    [BindProperty]
    public EmailInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null)
        {
            await emails.SendPasswordResetAsync(user);
        }

        return RedirectToPage("./ForgotPasswordConfirmation");
    }

    public sealed class EmailInput
    {
        [Required(ErrorMessage = "Enter the email address you signed up with.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
        [StringLength(256)]
        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;
    }
}
