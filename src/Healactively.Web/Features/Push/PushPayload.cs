using System.Text.Json;
using System.Text.Json.Serialization;

namespace Healactively.Web.Features.Push;

/// <summary>
/// What a notification shows and opens, as the service worker (<c>wwwroot/js/sw-push.js</c>) reads it. It goes through
/// the browser vendor's push service (encrypted), so it carries no health data, no name and no numbers.
/// </summary>
public sealed record PushPayload(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("tag")] string Tag)
{
    /// <summary>The daily reminder: the same words for everyone, opening today's journal form.</summary>
    public static PushPayload DailyReminder { get; } = new(
        "Time for today's journal",
        "A few answers are enough — under a minute.",
        "/Journal/Entry",
        "journal-reminder");

    public string ToJson() => JsonSerializer.Serialize(this);
}
