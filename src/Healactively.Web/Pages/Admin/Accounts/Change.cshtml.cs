using Healactively.Web.Data;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Admin.Accounts;

/// <summary>
/// Confirms, then makes, one change to an account: role, lock, unlock, disable, enable, or a new invitation.
/// The GET only shows what will happen; the POST (with antiforgery) makes the change.
/// </summary>
public sealed class ChangeModel(AccountListQuery accounts, AccountAdministration administration, Invitations invitations) : PageModel
{
    private static readonly string[] Changes = ["role", "lock", "unlock", "disable", "enable", "resend"];

    public AccountRow Account { get; private set; } = null!;

    public string Change { get; private set; } = string.Empty;

    [BindProperty]
    public string? NewRole { get; set; }

    public string Title => Change switch
    {
        "role" => $"Change the role of {Account.Email}",
        "lock" => $"Lock {Account.Email}?",
        "unlock" => $"Unlock {Account.Email}?",
        "disable" => $"Disable {Account.Email}?",
        "enable" => $"Enable {Account.Email}?",
        _ => $"Send a new invitation to {Account.Email}?",
    };

    public string Explanation => Change switch
    {
        "role" => "They are signed out everywhere and sign in again with the new role. Their data stays; a journal is only shown to a patient account and the clinicians it shares with.",
        "lock" => "They cannot sign in until an admin unlocks the account, and their open sessions end within a minute. Nothing is deleted.",
        "unlock" => "They can sign in again with their password.",
        "disable" => "They cannot sign in until an admin enables the account again, and their open sessions end within a minute. Nothing is deleted.",
        "enable" => "They can sign in again with their password.",
        _ => "A new link is emailed to them; links sent before stop working.",
    };

    public string ButtonText => Change switch
    {
        "role" => "Change the role",
        "lock" => "Yes, lock the account",
        "unlock" => "Yes, unlock the account",
        "disable" => "Yes, disable the account",
        "enable" => "Yes, enable the account",
        _ => "Send the invitation",
    };

    public bool Destructive => Change is "lock" or "disable" or "role";

    public async Task<IActionResult> OnGetAsync(string id, string change) =>
        await LoadAsync(id, change) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, string change)
    {
        if (!await LoadAsync(id, change))
        {
            return NotFound();
        }

        var cancellation = HttpContext.RequestAborted;
        string? role = null;
        if (Change == "role" && (role = Roles.NormalizeAssignable(NewRole)) is null)
        {
            ModelState.AddModelError(nameof(NewRole), "Choose Patient, Clinician or Admin.");
            return Page();
        }

        if (Change == "resend")
        {
            var sent = await invitations.ResendAsync(Account.Id, cancellation);
            TempData["StatusMessage"] = sent switch
            {
                InvitationOutcome.Sent => $"A new invitation was sent to {Account.Email}.",
                InvitationOutcome.AlreadyAccepted => "This account already has a password; there is no invitation to send.",
                _ => "The invitation email could not be sent. Try again in a moment.",
            };
            return Redirect($"/Admin/Accounts/{Account.Id}");
        }

        var outcome = Change switch
        {
            "role" => await administration.ChangeRoleAsync(Account.Id, role!, cancellation),
            "lock" => await administration.LockAsync(Account.Id, cancellation),
            "unlock" => await administration.UnlockAsync(Account.Id, cancellation),
            "disable" => await administration.DisableAsync(Account.Id, cancellation),
            _ => await administration.EnableAsync(Account.Id, cancellation),
        };
        switch (outcome)
        {
            case AccountChangeOutcome.NotFound:
                return NotFound();
            case AccountChangeOutcome.LastAdmin:
                ModelState.AddModelError(string.Empty, "This is the last admin who can sign in. Make another account an admin first, so that someone can still manage accounts.");
                return Page();
            case AccountChangeOutcome.Unchanged:
                TempData["StatusMessage"] = "Nothing changed: the account was already like that.";
                break;
            default:
                TempData["StatusMessage"] = Change switch
                {
                    "role" => $"{Account.Email} is now {role}.",
                    "lock" => $"{Account.Email} is locked.",
                    "unlock" => $"{Account.Email} is unlocked.",
                    "disable" => $"{Account.Email} is disabled.",
                    _ => $"{Account.Email} is enabled.",
                };
                break;
        }

        return Redirect($"/Admin/Accounts/{Account.Id}");
    }

    private async Task<bool> LoadAsync(string id, string change)
    {
        var known = Array.Find(Changes, c => string.Equals(c, change, StringComparison.OrdinalIgnoreCase));
        var account = known is null ? null : await accounts.FindAsync(id, HttpContext.RequestAborted);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Change = known!;
        return true;
    }
}
