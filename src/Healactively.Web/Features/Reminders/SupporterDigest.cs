using System.Globalization;
using System.Net;
using System.Text;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Features.Email;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Supporters;
using Healactively.Web.Features.Wins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Reminders;

/// <summary>The supporter version of a week in wins: only what the link shares, in sentences for a reader who is not the patient.</summary>
/// <param name="DaysJournaled">Null unless the patient ticked the week summary for this supporter.</param>
/// <param name="Moments">The week's shared moments, strongest first, each as its third-person headline.</param>
public sealed record SupporterDigestView(string PatientName, DateOnly Monday, int? DaysJournaled, int MomentCount, IReadOnlyList<string> Moments);

/// <summary>
/// Reads a supporter digest: the shared subjects' moments of one week (the same subjects as the supporter's page,
/// <see cref="SupporterSubjects"/>), headlines from <see cref="ThirdPersonSentence"/>. Only stored wins' numbers and the
/// journal's dates are read: never journal text, notes or the "who looked" list.
/// </summary>
public sealed class SupporterDigestQuery(AppDbContext db)
{
    public async Task<SupporterDigestView> ForWeekAsync(
        string patientId, string patientName, Domain.Journal.DistanceUnit unit, string subjectsStored, bool shareWeekSummary, DateOnly monday, CancellationToken cancellationToken)
    {
        var sunday = monday.AddDays(6);
        var customMetrics = await db.CustomMetrics.AsNoTracking().Where(m => m.PatientId == patientId).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        IReadOnlyList<MetricDefinition> metricList = [.. BuiltInMetrics.All, .. customMetrics.Select(m => m.ToDomain())];
        var metrics = metricList.ToDictionary(m => m.Key, StringComparer.Ordinal);
        var keys = SupporterSubjects.WinMetricKeys(SupporterSubjects.Parse(subjectsStored, customMetrics.Select(m => m.Key))).ToArray();
        var rows = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patientId && w.Date >= monday && w.Date <= sunday && keys.Contains(w.Metric))
            .Select(w => new { w.Date, w.Kind, w.Metric, w.Window, w.Baseline, w.Value, w.Delta, w.Tier })
            .ToListAsync(cancellationToken);
        var facts = rows.Select(r => MomentCards.Fact(
            r.Date, r.Kind, r.Metric, r.Window, r.Tier, r.Baseline, r.Value, r.Delta,
            ThirdPersonSentence.For(new Win(r.Date, r.Kind, r.Metric, r.Window, r.Baseline, r.Value, r.Delta, r.Tier, string.Empty),
                metrics.GetValueOrDefault(r.Metric), patientName, unit),
            metrics, unit));
        var moments = MomentCards.StrongestFirst(facts, MomentCards.OrderOf(metricList), metrics);
        int? journaled = shareWeekSummary
            ? await db.JournalEntries.AsNoTracking().CountAsync(e => e.PatientId == patientId && e.Date >= monday && e.Date <= sunday, cancellationToken)
            : null;
        return new SupporterDigestView(patientName, monday, journaled, moments.Count, [.. moments.Take(SupporterDigestEmail.MomentsInEmail).Select(m => m.Headline.Message)]);
    }
}

/// <summary>
/// The supporter digest email: the shared moments of the week in third-person sentences, a link to the supporter's
/// page, and the supporter's own one-click unsubscribe (RFC 8058: <c>List-Unsubscribe</c> with
/// <c>List-Unsubscribe-Post</c>, and a link to a page with one button).
/// </summary>
public static class SupporterDigestEmail
{
    public const int MomentsInEmail = 5;

    public static string SubjectFor(string patientName) => $"{NameOr(patientName, "Someone you support")}'s week in wins";

    public static OutgoingEmail Compose(string to, string? supporterName, SupporterDigestView week, string sharedLink, string unsubscribePage, string oneClickUnsubscribe)
    {
        ArgumentNullException.ThrowIfNull(week);
        var hello = NameOr(supporterName, "there");
        var who = NameOr(week.PatientName, "Someone you support");
        var lines = new List<string>();
        if (week.DaysJournaled is { } days)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{who} journaled on {days} of 7 days."));
        }

        lines.Add(week.MomentCount == 0
            ? "No shared wins this week."
            : string.Create(CultureInfo.InvariantCulture, $"{MomentCards.Wins(week.MomentCount)} among what {who} shares with you."));
        lines.AddRange(week.Moments);
        var range = $"{JournalDates.ToDisplay(week.Monday)} to {JournalDates.ToDisplay(week.Monday.AddDays(6))}";
        const string Why = "You get this email because you support someone on Healactively and they chose to send you their week.";

        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Hello {hello},\n\n{who}'s week from {range}:\n\n");
        foreach (var line in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {line}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nSee what {who} shares: {sharedLink}\n\n{Why}\n")
            .Append(CultureInfo.InvariantCulture, $"Stop these emails (one click, no sign-in): {unsubscribePage}\n");

        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>Hello {Html(hello)},</p><p>{Html(who)}'s week from {Html(range)}:</p><ul>");
        foreach (var line in lines)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{Html(line)}</li>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ul><p><a href=\"{Html(sharedLink)}\">See what {Html(who)} shares</a></p>")
            .Append(CultureInfo.InvariantCulture, $"<p style=\"color:#555;font-size:0.9em\">{Html(Why)} <a href=\"{Html(unsubscribePage)}\">Stop these emails</a> (one click, no sign-in).</p>");

        return new OutgoingEmail(to, SubjectFor(week.PatientName), text.ToString(), html.ToString())
        {
            // RFC 8058: a mail program's one-click POST goes to an endpoint that needs no antiforgery token (the signed token is the proof).
            Headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{oneClickUnsubscribe}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        };
    }

    private static string NameOr(string? name, string fallback) => string.IsNullOrWhiteSpace(name) ? fallback : name.Trim();

    private static string Html(string value) => WebUtility.HtmlEncode(value);
}

/// <summary>The supporter's own "stop these emails": sets <c>DigestUnsubscribedAt</c> on the one link the token names.</summary>
public sealed class SupporterDigestSettings(AppDbContext db, TimeProvider clock, ILogger<SupporterDigestSettings> logger)
{
    /// <returns>False when no such link exists.</returns>
    public async Task<bool> UnsubscribeAsync(long linkId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var found = await db.SupporterLinks.Where(l => l.Id == linkId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.DigestUnsubscribedAt, l => l.DigestUnsubscribedAt ?? now), cancellationToken);
        if (found > 0)
        {
            ReminderLog.DigestUnsubscribed(logger, linkId);
        }

        return found > 0;
    }
}
