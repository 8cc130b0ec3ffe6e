using System.ComponentModel.DataAnnotations;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Account;

/// <summary>
/// The page an invitation email links to: it sets the first password, confirms the email (the link proves the
/// address), and for a patient sets the time zone and distance unit. The link dies once used or after 7 days.
/// </summary>
[AllowAnonymous]
public sealed class InvitationModel(AcceptInvitation acceptInvitation) : PageModel
{
    [BindProperty]
    public InvitationInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public bool Valid { get; private set; }

    public bool IsPatient { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        var invitation = await LoadAsync();
        if (invitation is not null)
        {
            Input = new InvitationInput
            {
                DisplayName = invitation.DisplayName,
                // Left empty for the browser's zone to be preselected (timezone-default.js); required on submit.
                TimeZoneId = string.Empty,
                DistanceUnit = invitation.DistanceUnit.ToString(),
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is null)
        {
            return Page();
        }

        if (!IsPatient)
        {
            // Staff accounts have no journal: their zone and unit are not asked.
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.TimeZoneId)}");
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.DistanceUnit)}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var acceptance = new InvitationAcceptance(Input.Password, Input.DisplayName, Input.TimeZoneId, Input.Unit);
        switch (await acceptInvitation.RunAsync(UserId, Code, acceptance, HttpContext.RequestAborted))
        {
            case AcceptInvitation.Outcome.Accepted:
                TempData["StatusMessage"] = "Your password is set and your email is confirmed. Sign in to start.";
                return Redirect("/Identity/Account/Login");
            case AcceptInvitation.Outcome.PasswordRefused refused:
                ModelState.AddPasswordErrors(refused.Errors);

                return Page();
            default:
                Valid = false; // used or expired since the check above, perhaps by a twin of this post
                return Page();
        }
    }

    private async Task<OpenInvitation?> LoadAsync()
    {
        var invitation = await acceptInvitation.FindAsync(UserId, Code);
        Valid = invitation is not null;
        if (invitation is not null)
        {
            Email = invitation.Email;
            IsPatient = invitation.IsPatient;
        }

        return invitation;
    }

    public sealed class InvitationInput : ProfileInput
    {
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
