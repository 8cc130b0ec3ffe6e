namespace Healactively.Web.Features.Email;

/// <summary>One message to one address. Every message has a plain-text body; HTML is optional.</summary>
public sealed record OutgoingEmail(string To, string Subject, string TextBody, string? HtmlBody = null)
{
    /// <summary>Extra headers such as List-Unsubscribe; names must be valid RFC 5322 header names.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
