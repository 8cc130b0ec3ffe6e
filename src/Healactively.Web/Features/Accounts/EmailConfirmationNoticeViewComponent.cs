using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Healactively.Web.Features.Accounts;

/// <summary>A small, calm reminder (with a resend button) while the signed-in user's email is not confirmed.</summary>
public sealed class EmailConfirmationNoticeViewComponent : ViewComponent
{
    /// <param name="patient">The signed-in patient's profile when the page has read it already (it carries the unconfirmed address).</param>
    public async Task<IViewComponentResult> InvokeAsync(PatientContext? patient = null)
    {
        var email = patient is not null
            ? patient.UnconfirmedEmail
            : User.Identity?.IsAuthenticated == true && await Users().GetUserAsync(UserClaimsPrincipal) is { EmailConfirmed: false, Email: { } address } ? address : null;
        return email is null ? Content(string.Empty) : View(model: email);
    }

    // Resolved only when the page has not read the profile: building a UserManager costs more than the home page's own query.
    private UserManager<ApplicationUser> Users() => HttpContext.RequestServices.GetRequiredService<UserManager<ApplicationUser>>();
}
