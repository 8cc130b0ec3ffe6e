using System.Text;
using System.Text.Encodings.Web;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Healactively.Web.Features.Accounts;

/// <summary>The account emails (confirm your address, reset your password), each with a plain-text part holding the link.</summary>
public sealed partial class AccountEmails(UserManager<ApplicationUser> users, IMailSender mail, PublicLinks links, ILogger<AccountEmails> logger)
{
    /// <summary>Sends a confirmation link; false (logged) when the email could not be handed over.</summary>
    public async Task<bool> SendConfirmationAsync(ApplicationUser user)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = Link("/Account/ConfirmEmail", new { userId = user.Id, code });
        var text = $"""
            Hello {user.DisplayName},

            Please confirm that this is your email address, so you can always get back into your journal:

            {link}

            The link works for {EmailConfirmationTokenProvider.Lifespan.TotalDays:0} days. You can keep using Healactively in the meantime.
            If you did not create a Healactively journal, you can ignore this email.
            """;
        return await SendAsync(user, "Confirm your email for Healactively", text, link, "Confirm my email");
    }

    public async Task<bool> SendPasswordResetAsync(ApplicationUser user)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = Link("/Account/ResetPassword", new { userId = user.Id, code });
        var text = $"""
            Hello {user.DisplayName},

            Someone (we hope you) asked to reset the password of your Healactively account. To choose a new password, open:

            {link}

            The link works once, for {PasswordResetTokenProvider.Lifespan.TotalHours:0} hours.
            If you did not ask for this, ignore this email: your password stays as it is.
            """;
        return await SendAsync(user, "Reset your Healactively password", text, link, "Choose a new password");
    }

    /// <summary>
    /// Someone registered with an address that already has an account: the page answers as for a new account, and the
    /// owner, not the visitor, learns about it here.
    /// </summary>
    public async Task<bool> SendRegistrationAttemptAsync(ApplicationUser user)
    {
        var link = links.Page("/Account/Login", area: "Identity");
        var text = $"""
            Hello {user.DisplayName},

            Someone (perhaps you) tried to create a new Healactively journal with this email address. You already have an account, so nothing was created and nothing changed.

            To get into your journal, sign in here; if you do not remember your password, choose "Forgot your password?" on that page:

            {link}

            If this was not you, you can ignore this email.
            """;
        return await SendAsync(user, "Someone tried to register with your address", text, link, "Sign in to Healactively");
    }

    public static string Decode(string code) => Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private string Link(string page, object values) => links.Page(page, values, area: "Identity");

    private async Task<bool> SendAsync(ApplicationUser user, string subject, string text, string link, string action)
    {
        var paragraphs = text.Split("\n\n").Select(p => p.Trim() == link
            ? $"<p><a href=\"{HtmlEncoder.Default.Encode(link)}\">{HtmlEncoder.Default.Encode(action)}</a></p>"
            : $"<p>{HtmlEncoder.Default.Encode(p.Trim()).Replace("\n", "<br>", StringComparison.Ordinal)}</p>");
        try
        {
            await mail.SendAsync(new OutgoingEmail(user.Email!, subject, text, string.Concat(paragraphs)));
            return true;
        }
        catch (EmailDeliveryException)
        {
            LogNotSent(logger, user.Id);
            return false;
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "An account email for user {UserId} could not be sent")]
    private static partial void LogNotSent(ILogger logger, string userId);
}
