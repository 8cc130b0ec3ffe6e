using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Admin.Accounts;

/// <summary>One account's state and the changes an admin can make (each behind its own confirmation page).</summary>
public sealed class DetailsModel(AccountListQuery accounts) : PageModel
{
    public AccountRow Account { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var account = await accounts.FindAsync(id, HttpContext.RequestAborted);
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        return Page();
    }
}
