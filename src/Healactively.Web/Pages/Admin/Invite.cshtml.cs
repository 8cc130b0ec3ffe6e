using System.ComponentModel.DataAnnotations;
using Healactively.Domain.Text;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Admin;

/// <summary>Creates a patient, clinician or admin account without a password and emails the invitation link.</summary>
public sealed class InviteModel(Invitations invitations) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var role = Roles.NormalizeAssignable(Input.Role);
        if (role is null)
        {
            ModelState.AddModelError("Input.Role", "Choose Patient, Clinician or Admin.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (outcome, userId) = await invitations.InviteAsync(Input.Email.Trim(), Input.DisplayName.Trim(), role!, HttpContext.RequestAborted);
        switch (outcome)
        {
            case InvitationOutcome.DuplicateEmail:
                ModelState.AddModelError("Input.Email", "An account with this email already exists.");
                return Page();
            case InvitationOutcome.EmailFailed:
                TempData["StatusMessage"] = "The account was created, but the invitation email could not be sent. Try \"Send a new invitation\" in a moment.";
                break;
            default:
                TempData["StatusMessage"] = $"Invitation sent to {Input.Email.Trim()}.";
                break;
        }

        return Redirect($"/Admin/Accounts/{userId}");
    }

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Enter their email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
        [StringLength(256, ErrorMessage = "The email can be at most {1} characters.")]
        [Display(Name = "Email")]
        public string Email { get; set; } = string.Empty;

        [ReadableName]
        [Required(ErrorMessage = "Enter the name they go by.")]
        [StringLength(ApplicationUser.DisplayNameMaxLength, ErrorMessage = "The name can be at most {1} characters.")]
        [Display(Name = "Name")]
        public string DisplayName { get; set; } = string.Empty;

        [Display(Name = "Role")]
        public string Role { get; set; } = Roles.Patient;
    }
}
