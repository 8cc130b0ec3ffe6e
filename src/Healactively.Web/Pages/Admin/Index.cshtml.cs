using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Admin;

/// <summary>Accounts by email or name and role: state only, never anyone's journal.</summary>
public sealed class IndexModel(AccountListQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public AccountList List { get; private set; } = new([], 0, 1, 1);

    public async Task OnGetAsync()
    {
        // A bad page number is harmless: the query clamps it.
        List = await query.RunAsync(Q is { Length: > 256 } ? Q[..256] : Q, Role, PageNumber, HttpContext.RequestAborted);
    }
}
