using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity.UI.Services;

namespace Healactively.Web.Features.Email;

/// <summary>Lets the Identity UI pages (confirmation, reset) send through <see cref="IMailSender"/>.</summary>
internal sealed partial class IdentityEmailSender(IMailSender sender) : IEmailSender
{
    public Task SendEmailAsync(string email, string subject, string htmlMessage) =>
        sender.SendAsync(new OutgoingEmail(email, subject, ToText(htmlMessage), htmlMessage));

    // Identity UI only gives HTML; the text part keeps the link readable in plain-text mail clients.
    private static string ToText(string html) =>
        System.Net.WebUtility.HtmlDecode(Anchor().Replace(html, "$2 ($1)")).Trim();

    [GeneratedRegex("<a href=['\"]([^'\"]+)['\"][^>]*>(.*?)</a>", RegexOptions.IgnoreCase)]
    private static partial Regex Anchor();
}
