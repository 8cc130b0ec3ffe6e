using System.ComponentModel.DataAnnotations;

namespace Healactively.Web.Features.Reminders;

/// <summary>The <c>Reminders</c> settings: whether the background job runs, and how often it looks.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>The <c>App</c> settings: the public address that links in emails start with.</summary>
public sealed class AppLinkOptions
{
    public const string Section = "App";

    /// <summary>E.g. <c>https://healactively.example</c>; Development defaults to http://localhost:5153.</summary>
    public string BaseUrl { get; set; } = string.Empty;

    public Uri? BaseUri => Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    /// <summary>An absolute link to a path of the app, or null when <see cref="BaseUrl"/> is not set.</summary>
    public string? Link(string pathAndQuery) =>
        BaseUri is { } root ? new Uri(root, pathAndQuery.TrimStart('/')).AbsoluteUri : null;
}
