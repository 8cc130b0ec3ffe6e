namespace Healactively.Web.Features.Email;

/// <summary>The <c>App</c> settings: the public address every link in every email starts with.</summary>
public sealed class AppLinkOptions
{
    public const string Section = "App";

    /// <summary>E.g. <c>https://healactively.example</c>; required (start-up fails without it); Development sets http://localhost:5153.</summary>
    public string BaseUrl { get; set; } = string.Empty;

    public Uri? BaseUri => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0 ? uri : null;

    /// <summary>An absolute link to a path of the app, or null when <see cref="BaseUrl"/> is not set.</summary>
    public string? Link(string pathAndQuery) =>
        BaseUri is { } root ? new Uri(EndWithSlash(root), pathAndQuery.TrimStart('/')).AbsoluteUri : null;

    private static Uri EndWithSlash(Uri root) => root.AbsolutePath.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
}

/// <summary>
/// Builds the links that go into emails (account emails, invitations, reminders) from the configured
/// <c>App:BaseUrl</c> only, never from the request: a forged <c>Host</c> header cannot put its own address
/// into a password-reset link.
/// </summary>
public sealed class PublicLinks(Microsoft.Extensions.Options.IOptions<AppLinkOptions> options, LinkGenerator links)
{
    private AppLinkOptions Options => options.Value;

    /// <summary>An absolute link to a path and query of the app, e.g. <c>/Journal/Entry</c>.</summary>
    public string Link(string pathAndQuery) =>
        Options.Link(pathAndQuery) ?? throw new InvalidOperationException("App:BaseUrl must be an absolute http(s) address for links in emails.");

    /// <summary>An absolute link to a Razor page (optionally in an area) with its route and query values.</summary>
    public string Page(string page, object? values = null, string? area = null)
    {
        var routeValues = new RouteValueDictionary(values);
        if (area is not null)
        {
            routeValues["area"] = area;
        }

        var path = links.GetPathByPage(page, handler: null, values: routeValues)
            ?? throw new InvalidOperationException($"No page {page}.");
        return Link(path);
    }
}
