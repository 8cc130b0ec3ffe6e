using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Profile;

/// <summary>The patient deletes their own account: password and typed email, then the same erasure an admin uses.</summary>
public sealed class DeleteModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, DeleteOwnAccount deleteOwnAccount) : PageModel
{
    [BindProperty]
    public DeleteOwnAccountInput Input { get; set; } = new();

    public string Email { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        Email = user.Email ?? string.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        Email = user.Email ?? string.Empty;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        foreach (var problem in await deleteOwnAccount.RunAsync(user, Input, HttpContext.RequestAborted))
        {
            ModelState.AddModelError(problem.Field, problem.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await signIn.SignOutAsync();
        TempData["StatusMessage"] = "Your account and all of your data were deleted.";
        return Redirect("/");
    }
}
