using System.Globalization;
using System.Net;
using System.Text;
using Healactively.Web.Features.Email;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.WeekInWins;

namespace Healactively.Web.Features.Reminders;

/// <summary>
/// The weekly "week in wins" email: the week page in short, with a link to it. Built only from numbers and the
/// product's own win sentences: never journal free text (what felt easier, triggers, what helped, the day's note)
/// and never a clinician note's text (only that there is one).
/// </summary>
public static class WeeklySummaryEmail
{
    public const string Subject = "Your week in wins";

    /// <summary>The strongest moments named in the email; the page has the rest.</summary>
    public const int MomentsInEmail = 3;

    public static OutgoingEmail Compose(string to, string displayName, WeekInWinsView week, string weekLink, string unsubscribeLink)
    {
        ArgumentNullException.ThrowIfNull(week);
        var name = string.IsNullOrWhiteSpace(displayName) ? "there" : displayName.Trim();
        var lines = Lines(week);
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Hello {name},\n\nYour week from {JournalDates.ToDisplay(week.Monday)} to {JournalDates.ToDisplay(week.Sunday)}:\n\n");
        foreach (var line in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {line}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nSee the whole week: {weekLink}\n\n")
            .Append("You get this email because you asked for a weekly summary. You can change the day and time on your profile.\n")
            .Append(CultureInfo.InvariantCulture, $"Stop these weekly emails (one click, no sign-in): {unsubscribeLink}\n");

        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>Hello {Html(name)},</p><p>Your week from {Html(JournalDates.ToDisplay(week.Monday))} to {Html(JournalDates.ToDisplay(week.Sunday))}:</p><ul>");
        foreach (var line in lines)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{Html(line)}</li>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ul><p><a href=\"{Html(weekLink)}\">See the whole week</a></p>")
            .Append(CultureInfo.InvariantCulture, $"<p style=\"color:#555;font-size:0.9em\">You get this email because you asked for a weekly summary. You can change the day and time on your profile. <a href=\"{Html(unsubscribeLink)}\">Stop these weekly emails</a> (one click, no sign-in).</p>");

        return new OutgoingEmail(to, Subject, text.ToString(), html.ToString())
        {
            // No List-Unsubscribe-Post, as for the daily reminder: one-click POSTs from mail clients carry no antiforgery token.
            Headers = new Dictionary<string, string> { ["List-Unsubscribe"] = $"<{unsubscribeLink}>" },
        };
    }

    private static List<string> Lines(WeekInWinsView week)
    {
        var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"You journaled on {week.DaysJournaled} of 7 days.") };
        var moments = week.Moments.Take(MomentsInEmail).Select(m => m.Card.Headline.Message).ToArray();
        if (moments.Length > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{Wins(week.MomentCount)} this week. The strongest: {string.Join(" ", moments.Select(Sentence))}"));
        }

        lines.AddRange(week.Metrics.Select(m => m.Sentence));
        lines.AddRange(week.Flares);
        var newNotes = week.AllNotes.Count(n => n.IsNew);
        if (newNotes > 0)
        {
            lines.Add(newNotes == 1 ? "Your care team left you a new note." : string.Create(CultureInfo.InvariantCulture, $"Your care team left you {newNotes} new notes."));
        }

        return lines;
    }

    private static string Wins(int count) => count == 1 ? "1 win" : string.Create(CultureInfo.InvariantCulture, $"{count} wins");

    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('!') ? text : text + ".";

    private static string Html(string value) => WebUtility.HtmlEncode(value);
}
