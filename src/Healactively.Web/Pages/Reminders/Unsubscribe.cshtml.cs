using Healactively.Web.Features.Reminders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Reminders;

/// <summary>
/// The one-click unsubscribe link of a reminder email, usable without signing in: the signed token names the
/// account. GET only asks; the POST (with antiforgery) turns reminders off.
/// </summary>
[AllowAnonymous]
public sealed class UnsubscribeModel(UnsubscribeTokens tokens, ReminderSettings settings, ILogger<UnsubscribeModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool LinkIsValid { get; private set; }

    public bool TurnedOff { get; private set; }

    public IActionResult OnGet()
    {
        LinkIsValid = tokens.TryReadUserId(Token, out _);
        return LinkIsValid ? Page() : Invalid();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!tokens.TryReadUserId(Token, out var userId) || !await settings.TurnOffAsync(userId, HttpContext.RequestAborted))
        {
            return Invalid();
        }

        ReminderLog.Unsubscribed(logger, userId);
        LinkIsValid = true;
        TurnedOff = true;
        return Page();
    }

    private PageResult Invalid()
    {
        LinkIsValid = false;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
