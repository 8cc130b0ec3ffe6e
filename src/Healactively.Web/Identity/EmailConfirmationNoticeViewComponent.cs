using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Healactively.Web.Identity;

/// <summary>A small, calm reminder (with a resend button) while the signed-in user's email is not confirmed.</summary>
public sealed class EmailConfirmationNoticeViewComponent(UserManager<ApplicationUser> users) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (User.Identity?.IsAuthenticated != true || await users.GetUserAsync(UserClaimsPrincipal) is not { EmailConfirmed: false, Email: { } email })
        {
            return Content(string.Empty);
        }

        return View(model: email);
    }
}
