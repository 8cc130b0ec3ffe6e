using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account;

/// <summary>Sends a new confirmation link to an account still waiting for one; the answer never says whether the account exists.</summary>
[AllowAnonymous]
public sealed class ResendEmailConfirmationModel(UserManager<ApplicationUser> users, AccountEmails emails) : PageModel
{
    [BindProperty]
    public ForgotPasswordModel.EmailInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public async Task OnGetAsync(bool sent = false)
    {
        Sent = sent;
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
        {
            Input.Email = user.Email ?? string.Empty;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is { EmailConfirmed: false })
        {
            await emails.SendConfirmationAsync(user);
        }

        return RedirectToPage(new { sent = true });
    }
}
