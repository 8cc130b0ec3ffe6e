using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The same "check your email" page after every registration, whether the address was new or already had an account
/// (Identity's own page looked the address up and answered 404 for unknown ones). It reads no query and no account.
/// </summary>
[AllowAnonymous]
public sealed class RegisterConfirmationModel : PageModel
{
    public int LifespanDays => (int)EmailConfirmationTokenProvider.Lifespan.TotalDays;

    public void OnGet()
    {
    }
}
