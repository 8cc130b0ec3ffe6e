namespace Healactively.Web.Features.Reminders;

/// <summary>
/// The RFC 8058 one-click unsubscribe of the supporter digest: a mail program POSTs <c>List-Unsubscribe=One-Click</c>
/// to the <c>List-Unsubscribe</c> address. It carries no antiforgery token and no sign-in; the signed token in the
/// address is the proof, and it can only turn off the one link's digest. People use the page with one button instead
/// (<c>/Reminders/Unsubscribe</c>).
/// </summary>
internal static class SupporterDigestUnsubscribe
{
    public const string OneClickPath = "/Reminders/Unsubscribe/OneClick";

    public static IEndpointRouteBuilder MapSupporterDigestUnsubscribe(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(OneClickPath, async (string? token, UnsubscribeTokens tokens, SupporterDigestSettings settings, CancellationToken cancellationToken) =>
                tokens.TryReadDigestLinkId(token, out var linkId) && await settings.UnsubscribeAsync(linkId, cancellationToken)
                    ? Results.Text("Unsubscribed.", "text/plain")
                    : Results.BadRequest())
            .AllowAnonymous()
            .DisableAntiforgery();
        return endpoints;
    }
}
