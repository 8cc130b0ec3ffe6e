using System.ComponentModel.DataAnnotations;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Profile;

/// <summary>The patient deletes their own account: password and typed email, then the same erasure an admin uses.</summary>
public sealed class DeleteModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AccountErasure erasure) : PageModel
{
    [BindProperty]
    public DeleteInput Input { get; set; } = new();

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

        if (!await users.CheckPasswordAsync(user, Input.Password))
        {
            ModelState.AddModelError("Input.Password", "That is not your password.");
        }

        if (!string.Equals(Input.ConfirmEmail.Trim(), Email, StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Input.ConfirmEmail", "Type your email exactly, to show you mean it.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await erasure.EraseAsync(user.Id, byAdmin: false, HttpContext.RequestAborted) != ErasureOutcome.Erased)
        {
            ModelState.AddModelError(string.Empty, "Your account could not be deleted. Please try again.");
            return Page();
        }

        await signIn.SignOutAsync();
        TempData["StatusMessage"] = "Your account and all of your data were deleted.";
        return Redirect("/");
    }

    public sealed class DeleteInput
    {
        [Required(ErrorMessage = "Enter your password.")]
        [DataType(DataType.Password)]
        [Display(Name = "Your password")]
        public string Password { get; set; } = string.Empty;

        [Required(ErrorMessage = "Type your email to confirm.")]
        [Display(Name = "Your email")]
        public string ConfirmEmail { get; set; } = string.Empty;
    }
}
