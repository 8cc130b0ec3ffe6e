using System.Globalization;
using System.Net;
using Healactively.Web.Features.Email;

namespace Healactively.Web.Features.Reminders;

/// <summary>The daily reminder: calm, short, and with nothing from the journal in it.</summary>
public static class ReminderEmail
{
    public const string Subject = "A minute for your journal today";

    public static OutgoingEmail Compose(string to, string displayName, TimeOnly reminderTime, string journalLink, string unsubscribeLink)
    {
        var name = string.IsNullOrWhiteSpace(displayName) ? "there" : displayName.Trim();
        var time = reminderTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        var text = $"""
            Hello {name},

            Today's page of your journal is still open. A few answers are enough, and any day is a good day to write one:
            {journalLink}

            You get this email because you asked for a daily reminder at {time}. You can change the time on your profile.
            Stop these reminders (one click, no sign-in): {unsubscribeLink}
            """;
        var html = $"""
            <p>Hello {Html(name)},</p>
            <p>Today's page of your journal is still open. A few answers are enough, and any day is a good day to write one.</p>
            <p><a href="{Html(journalLink)}">Journal today</a></p>
            <p style="color:#555;font-size:0.9em">You get this email because you asked for a daily reminder at {time}. You can change the time on your profile.
            <a href="{Html(unsubscribeLink)}">Stop these reminders</a> (one click, no sign-in).</p>
            """;
        return new OutgoingEmail(to, Subject, text, html)
        {
            // No List-Unsubscribe-Post: one-click POSTs from mail clients would carry no antiforgery token.
            Headers = new Dictionary<string, string> { ["List-Unsubscribe"] = $"<{unsubscribeLink}>" },
        };
    }

    private static string Html(string value) => WebUtility.HtmlEncode(value);
}
