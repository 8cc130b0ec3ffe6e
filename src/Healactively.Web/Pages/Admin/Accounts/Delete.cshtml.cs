using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Admin.Accounts;

/// <summary>Deletes an account and its personal data after the admin types its email.</summary>
public sealed class DeleteModel(AccountListQuery accounts, AccountErasure erasure) : PageModel
{
    public AccountRow Account { get; private set; } = null!;

    [BindProperty]
    public string? ConfirmEmail { get; set; }

    public async Task<IActionResult> OnGetAsync(string id) =>
        await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!string.Equals(ConfirmEmail?.Trim(), Account.Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError(nameof(ConfirmEmail), "Type the account's email exactly, to show this is the account you mean.");
            return Page();
        }

        switch (await erasure.EraseAsync(Account.Id, byAdmin: true, HttpContext.RequestAborted))
        {
            case ErasureOutcome.NotFound:
                return NotFound();
            case ErasureOutcome.LastAdmin:
                ModelState.AddModelError(string.Empty, "This is the last admin who can sign in. Make another account an admin first, so that someone can still manage accounts.");
                return Page();
            default:
                TempData["StatusMessage"] = $"{Account.Email} and all of its personal data were deleted.";
                return Redirect("/Admin");
        }
    }

    private async Task<bool> LoadAsync(string id)
    {
        var account = await accounts.FindAsync(id, HttpContext.RequestAborted);
        Account = account!;
        return account is not null;
    }
}
