using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages;

/// <summary>A calm page for errors and for status codes re-executed by the pipeline (404, 403, 400…).</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string? RequestId { get; private set; }

    public int Code { get; private set; } = StatusCodes.Status500InternalServerError;

    public (string Title, string Text) Message => Code switch
    {
        StatusCodes.Status404NotFound => ("We could not find that page", "It may have moved, or it belongs to someone else's journal."),
        StatusCodes.Status403Forbidden => ("This page is not for your account", "Your account does not have access to this page."),
        StatusCodes.Status400BadRequest => ("Something in that request was not right", "Go back, reload the page and try again."),
        StatusCodes.Status405MethodNotAllowed => ("That action is not available here", "Go back and use the page's own buttons."),
        StatusCodes.Status413PayloadTooLarge => ("That file is too large", "Try a smaller file."),
        StatusCodes.Status503ServiceUnavailable => ("Busy right now: please try again", "Many changes are being saved at this moment, so yours was not saved. Nothing is half-saved: go back and try again in a few seconds."),
        _ => ("Something went wrong on our side", "Your saved entries are safe. Please try again in a moment."),
    };

    public void OnGet(int? code = null) => Load(code);

    public void OnPost(int? code = null) => Load(code);

    private void Load(int? code)
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        if (code is >= 400 and < 600)
        {
            Code = code.Value;
        }

        if (Code == StatusCodes.Status503ServiceUnavailable && !Response.Headers.ContainsKey("Retry-After"))
        {
            Response.Headers.RetryAfter = "5";
        }
    }
}
