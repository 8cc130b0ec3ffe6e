using System.ComponentModel.DataAnnotations;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account.Manage;

/// <summary>
/// Replaces Identity UI's own delete page, which would delete the user row without the product's erasure
/// (audit anonymisation, last-admin guard). Patients go to their data page; staff are deleted by an admin; a supporter
/// deletes their own account here, with their password and typed email, through the same erasure.
/// </summary>
public sealed class DeletePersonalDataModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AccountErasure erasure) : PageModel
{
    [BindProperty]
    public DeleteInput Input { get; set; } = new();

    public bool IsSupporter => User.IsInRole(Roles.Supporter) && !ManageUser.IsStaff(User);

    public string Email { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.IsInRole(Roles.Patient))
        {
            return Redirect("/Profile/Delete");
        }

        Email = (await users.GetUserAsync(User))?.Email ?? string.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.IsInRole(Roles.Patient))
        {
            return Redirect("/Profile/Delete");
        }

        var user = await users.GetUserAsync(User);
        if (user is null || !IsSupporter)
        {
            return Page();
        }

        Email = user.Email ?? string.Empty;
        if (ModelState.IsValid && !await users.CheckPasswordAsync(user, Input.Password))
        {
            ModelState.AddModelError("Input.Password", "That is not your password.");
        }

        if (ModelState.IsValid && !string.Equals(Input.ConfirmEmail.Trim(), Email, StringComparison.OrdinalIgnoreCase))
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
