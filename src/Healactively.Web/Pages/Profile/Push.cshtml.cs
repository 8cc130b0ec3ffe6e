using System.Security.Claims;
using Healactively.Web.Features.Push;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Healactively.Web.Pages.Profile;

/// <summary>
/// The profile page script's calls (JSON, with the antiforgery token in the <c>RequestVerificationToken</c> header):
/// the VAPID public key to subscribe with, and turning notifications on or off for this device. Bad input is a 400
/// with a sentence and nothing stored. A GET goes back to the profile.
/// </summary>
public sealed class PushModel(PushSubscriptions subscriptions, VapidKeys keys, IOptions<PushOptions> options) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Profile/Index");

    /// <summary>A POST because the first call may generate and store the key pair.</summary>
    public async Task<IActionResult> OnPostKeyAsync()
    {
        var identity = await keys.GetAsync(HttpContext.RequestAborted);
        return new JsonResult(new { publicKey = identity.PublicKey });
    }

    public async Task<IActionResult> OnPostSubscribeAsync()
    {
        var body = await ReadBodyAsync();
        var read = body is null
            ? PushSubscriptionRead.Refused("The subscription is too large.")
            : PushSubscriptionReader.ReadSubscription(body.Value, options.Value.AllowInsecureEndpointsForTests);
        if (read.Subscription is null)
        {
            return Problem(StatusCodes.Status400BadRequest, read.Problem);
        }

        return await subscriptions.SubscribeAsync(UserId, read.Subscription, HttpContext.RequestAborted) switch
        {
            SubscribeOutcome.Saved => new NoContentResult(),
            SubscribeOutcome.Taken => Problem(StatusCodes.Status400BadRequest, "This subscription cannot be saved for your account."),
            _ => Problem(StatusCodes.Status409Conflict, "Please try again in a moment."),
        };
    }

    /// <summary>Always 204: whether another account has that endpoint is not told, and nothing of theirs changes.</summary>
    public async Task<IActionResult> OnPostUnsubscribeAsync()
    {
        var body = await ReadBodyAsync();
        var read = body is null ? PushSubscriptionRead.Refused("The request is too large.") : PushSubscriptionReader.ReadEndpoint(body.Value);
        if (read.Subscription is null)
        {
            return Problem(StatusCodes.Status400BadRequest, read.Problem);
        }

        await subscriptions.UnsubscribeAsync(UserId, read.Subscription.Endpoint, HttpContext.RequestAborted);
        return new NoContentResult();
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    private static ContentResult Problem(int status, string message) => new() { StatusCode = status, Content = message, ContentType = "text/plain; charset=utf-8" };

    /// <summary>The body, or null when it is larger than a subscription can be (not read beyond that).</summary>
    private async Task<ReadOnlyMemory<byte>?> ReadBodyAsync()
    {
        if (Request.ContentLength > PushSubscriptionReader.MaxBodyBytes)
        {
            return null;
        }

        var buffer = new byte[PushSubscriptionReader.MaxBodyBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await Request.Body.ReadAsync(buffer.AsMemory(length), HttpContext.RequestAborted)) > 0)
        {
            length += read;
        }

        return length > PushSubscriptionReader.MaxBodyBytes ? null : buffer.AsMemory(0, length);
    }
}
