using Healactively.Web.Features.Reminders;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Reminders;

/// <summary>
/// The one-click unsubscribe link of a reminder or weekly email, usable without signing in: the signed token names
/// the account and which email it stops. GET only asks; the POST (with antiforgery) turns that email off.
/// </summary>
[AllowAnonymous]
public sealed class UnsubscribeModel(
    UnsubscribeTokens tokens, ReminderSettings settings, WeeklySummarySettings weekly, SupporterDigestSettings digest, ILogger<UnsubscribeModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool LinkIsValid { get; private set; }

    /// <summary>True for a weekly summary email's link, false for the daily reminder's.</summary>
    public bool IsWeekly { get; private set; }

    /// <summary>True for a supporter digest's link: it stops that one digest, for its supporter.</summary>
    public bool IsDigest { get; private set; }

    public bool TurnedOff { get; private set; }

    public IActionResult OnGet() => Read(out _) ? Page() : Invalid();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Read(out var userId))
        {
            return Invalid();
        }

        if (IsDigest)
        {
            // The digest's own supporter settings log it (ids only).
            if (!tokens.TryReadDigestLinkId(Token, out var linkId) || !await digest.UnsubscribeAsync(linkId, HttpContext.RequestAborted))
            {
                return Invalid();
            }

            TurnedOff = true;
            return Page();
        }

        var found = IsWeekly
            ? await weekly.TurnOffAsync(userId, HttpContext.RequestAborted)
            : await settings.TurnOffAsync(userId, HttpContext.RequestAborted);
        if (!found)
        {
            return Invalid();
        }

        if (IsWeekly)
        {
            ReminderLog.WeeklyUnsubscribed(logger, userId);
        }
        else
        {
            ReminderLog.Unsubscribed(logger, userId);
        }

        TurnedOff = true;
        return Page();
    }

    private bool Read(out string userId)
    {
        if (tokens.TryReadUserId(Token, out userId))
        {
            LinkIsValid = true;
        }
        else if (tokens.TryReadWeeklyUserId(Token, out userId))
        {
            LinkIsValid = true;
            IsWeekly = true;
        }
        else if (tokens.TryReadDigestLinkId(Token, out _))
        {
            LinkIsValid = true;
            IsDigest = true;
        }

        return LinkIsValid;
    }

    private PageResult Invalid()
    {
        LinkIsValid = false;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
