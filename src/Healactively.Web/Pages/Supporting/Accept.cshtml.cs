using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Healactively.Domain.Text;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Healactively.Web.Features.Care;
using Healactively.Web.Features.Supporters;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Supporting;

/// <summary>
/// Where a supporter invitation's link leads. Signed out: create a supporter account (the invited email, confirmed by
/// opening the link) or sign in and come back. Signed in as a patient or supporter: accept. Clinicians and admins are
/// told they cannot be supporters. Unknown, expired, used and cancelled links get one answer. Posts are limited like
/// typed share codes (<see cref="CodeGuessing"/>).
/// </summary>
[AllowAnonymous]
public sealed class AcceptModel(SupporterInvitations invitations, SupporterAccounts accounts, UserManager<ApplicationUser> users, CodeGuessFailures failures) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public OpenSupporterInvitation? Invitation { get; private set; }

    /// <summary>Why a signed-in account cannot accept, or null.</summary>
    public string? Refusal { get; private set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public string LoginUrl => "/Identity/Account/Login?ReturnUrl=" + Uri.EscapeDataString("/Supporting/Accept?token=" + Token);

    public async Task<IActionResult> OnGetAsync()
    {
        Response.Headers.CacheControl = "no-store";
        await LoadAsync();
        if (Invitation is not null && !SignedIn)
        {
            Input = new AccountInput { DisplayName = Invitation.Name ?? string.Empty };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRegisterAsync()
    {
        Response.Headers.CacheControl = "no-store";
        if (!await LoadForPostAsync() || SignedIn)
        {
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await accounts.CreateAndAcceptAsync(Token, Input.DisplayName, Input.Password, HttpContext.RequestAborted);
        switch (outcome)
        {
            case AcceptOutcome.Accepted accepted:
                TempData["StatusMessage"] = $"Welcome. Here are the wins {Invitation!.PatientName} shares with you.";
                return RedirectToPage("/Supporting/Patient", new { patientId = accepted.PatientId });
            case AcceptOutcome.AccountExists:
                ModelState.AddModelError(string.Empty, "This email already has a Healactively account: sign in, then open the link again to accept.");
                return Page();
            case AcceptOutcome.PasswordRefused refused:
                ModelState.AddPasswordErrors(refused.Errors);

                return Page();
            default:
                Invitation = null;
                return Page();
        }
    }

    public async Task<IActionResult> OnPostAcceptAsync()
    {
        Response.Headers.CacheControl = "no-store";
        if (!await LoadForPostAsync() || !SignedIn || Refusal is not null)
        {
            return Page();
        }

        switch (await accounts.AcceptSignedInAsync(Token, User.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted))
        {
            case AcceptOutcome.Accepted accepted:
                TempData["StatusMessage"] = $"You now see the wins {Invitation!.PatientName} shares with you.";
                return RedirectToPage("/Supporting/Patient", new { patientId = accepted.PatientId });
            case AcceptOutcome.StaffRefused or AcceptOutcome.Own:
                await LoadAsync();
                return Page();
            default:
                Invitation = null;
                return Page();
        }
    }

    private async Task<bool> LoadForPostAsync()
    {
        if (failures.IsPaused(HttpContext))
        {
            Invitation = null;
            return false;
        }

        await LoadAsync();
        if (Invitation is null)
        {
            failures.RecordFailure(HttpContext);
            return false;
        }

        if (SignedIn)
        {
            // A signed-in account's choice is only to accept: the new-account fields are not asked.
            foreach (var key in ModelState.Keys.Where(k => k.StartsWith("Input.", StringComparison.Ordinal)).ToList())
            {
                ModelState.Remove(key);
            }
        }

        return true;
    }

    private async Task LoadAsync()
    {
        Invitation = await invitations.FindOpenAsync(Token, HttpContext.RequestAborted);
        Refusal = null;
        if (Invitation is null || !SignedIn)
        {
            return;
        }

        var user = await users.GetUserAsync(User);
        Refusal = user is null ? null : await accounts.CheckAsync(user, Invitation) switch
        {
            AcceptOutcome.StaffRefused => "Clinician and admin accounts cannot be supporters. To accept, sign out and open the link again to create a supporter account with the invited email, or ask for an invitation to another address.",
            AcceptOutcome.Own => "This is your own invitation: a patient cannot be their own supporter. Send the link to the person you invited.",
            _ => null,
        };
    }

    public sealed class AccountInput
    {
        [ReadableName]
        [StringLength(ApplicationUser.DisplayNameMaxLength, ErrorMessage = "The name can be at most {1} characters.")]
        [Display(Name = "Your name")]
        public string? DisplayName { get; set; }

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
