using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Areas.Identity.Pages.Account;

/// <summary>Follows the link from the confirmation email.</summary>
[AllowAnonymous]
public sealed partial class ConfirmEmailModel(UserManager<ApplicationUser> users, ILogger<ConfirmEmailModel> logger) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId = null, string? code = null)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || string.IsNullOrEmpty(code))
        {
            return;
        }

        try
        {
            Confirmed = (await users.ConfirmEmailAsync(user, AccountEmails.Decode(code))).Succeeded;
        }
        catch (FormatException)
        {
            Confirmed = false;
        }

        if (Confirmed)
        {
            LogConfirmed(logger, user.Id);
        }
    }

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "User {UserId} confirmed their email address")]
    private static partial void LogConfirmed(ILogger logger, string userId);
}
