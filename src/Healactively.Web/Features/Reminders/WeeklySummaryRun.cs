using Healactively.Domain.Calendar;
using Healactively.Web.Data;
using Healactively.Web.Features.Email;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.WeekInWins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Reminders;

/// <summary>
/// One pass of the weekly email job: emails each patient whose chosen day and local time have come, with a short
/// "week in wins" and a link to it. Each week is claimed with one conditional UPDATE before the email goes out, so
/// several instances never send it twice; a failed send gives the claim back. Run beside the daily reminders, under
/// their lease (<see cref="DailyReminderService"/>). The same pass sends the supporter digests: at the patient's weekly
/// day and time, each supporter the patient opted in (and who has not unsubscribed) gets the supporter version of the
/// week, claimed per link and ISO week (<c>SupporterLink.DigestLastWeek</c>) the same way.
/// </summary>
public sealed class WeeklySummaryRun(
    AppDbContext db,
    IMailSender mail,
    TimeProvider clock,
    UnsubscribeTokens tokens,
    WeekInWinsQuery weeks,
    SupporterDigestQuery digests,
    PublicLinks links,
    ILogger<WeeklySummaryRun> logger)
{
    private sealed record Candidate(
        string Id, string Email, string DisplayName, string TimeZoneId, Domain.Journal.DistanceUnit Unit, DayOfWeek Day, TimeOnly Time, DateOnly? LastWeek);

    /// <summary>
    /// The week an email sent on <paramref name="today"/> is about: the week that ends that day when it is a Sunday,
    /// otherwise the last complete week. A summary is always of a whole week.
    /// </summary>
    public static DateOnly WeekReported(DateOnly today) =>
        today.DayOfWeek == DayOfWeek.Sunday ? PatientCalendar.MondayOf(today) : PatientCalendar.MondayOf(today).AddDays(-7);

    private sealed record DigestCandidate(
        long LinkId, string? LastWeek, string Subjects, bool ShareWeekSummary, string? SupporterName, string SupporterEmail,
        string PatientId, string PatientName, string TimeZoneId, Domain.Journal.DistanceUnit Unit, DayOfWeek? Day, TimeOnly? Time);

    /// <summary>When a patient who opted a supporter in has no weekly email of their own, the digest goes on Sunday evening, their time.</summary>
    public static readonly (DayOfWeek Day, TimeOnly Time) DefaultDigestSchedule = (DayOfWeek.Sunday, new TimeOnly(18, 0));

    /// <returns>How many weekly emails were sent: the patients' own and the supporter digests.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Coarse and indexable: whoever has this week's email claimed on the latest "today" on Earth is done.
        var latestWeek = WeekReported(DateOnly.FromDateTime(now.UtcDateTime + TimeSpan.FromHours(14)));
        var candidates = await db.Users.AsNoTracking()
            .Where(u => u.WeeklyEmailDay != null && u.WeeklyEmailTime != null && u.Email != null)
            .Where(u => u.WeeklyEmailLastWeek == null || u.WeeklyEmailLastWeek < latestWeek)
            .Select(u => new Candidate(u.Id, u.Email!, u.DisplayName, u.TimeZoneId, u.DistanceUnit, u.WeeklyEmailDay!.Value, u.WeeklyEmailTime!.Value, u.WeeklyEmailLastWeek))
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var candidate in candidates)
        {
            var zone = PatientCalendar.TryFindZone(candidate.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
            var today = PatientCalendar.Today(clock, zone);
            var week = WeekReported(today);
            if (today.DayOfWeek != candidate.Day || candidate.LastWeek >= week || now < PatientCalendar.InstantOf(today, candidate.Time, zone))
            {
                continue;
            }

            var patient = new PatientContext(candidate.Id, candidate.DisplayName, zone, candidate.Unit, today);
            if (await SendAsync(candidate, patient, week, cancellationToken))
            {
                sent++;
            }
        }

        return sent + await SendDigestsAsync(now, cancellationToken);
    }

    /// <summary>The week an email is about, when the local day and time of a weekly schedule have come; otherwise null.</summary>
    private DateOnly? DueWeek(DateTimeOffset now, string timeZoneId, DayOfWeek day, TimeOnly time)
    {
        var zone = PatientCalendar.TryFindZone(timeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        var today = PatientCalendar.Today(clock, zone);
        return today.DayOfWeek == day && now >= PatientCalendar.InstantOf(today, time, zone) ? WeekReported(today) : null;
    }

    private async Task<int> SendDigestsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var candidates = await (
                from l in db.SupporterLinks.AsNoTracking()
                join p in db.Users on l.PatientId equals p.Id
                join s in db.Users on l.SupporterId equals s.Id
                where l.DigestEnabled && l.DigestUnsubscribedAt == null && l.RevokedAt == null && s.Email != null
                select new DigestCandidate(
                    l.Id, l.DigestLastWeek, l.Subjects, l.ShareWeekSummary, l.Name ?? s.DisplayName, s.Email!,
                    p.Id, p.DisplayName, p.TimeZoneId, p.DistanceUnit, p.WeeklyEmailDay, p.WeeklyEmailTime))
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var candidate in candidates)
        {
            var (day, time) = candidate is { Day: { } ownDay, Time: { } ownTime } ? (ownDay, ownTime) : DefaultDigestSchedule;
            if (DueWeek(now, candidate.TimeZoneId, day, time) is not { } week
                || string.Equals(candidate.LastWeek, IsoWeeks.ToParam(week), StringComparison.Ordinal))
            {
                continue;
            }

            if (await SendDigestAsync(candidate, week, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> SendDigestAsync(DigestCandidate candidate, DateOnly week, CancellationToken cancellationToken)
    {
        var key = IsoWeeks.ToParam(week);
        var claimed = await db.SupporterLinks
            .Where(l => l.Id == candidate.LinkId && l.DigestEnabled && l.DigestUnsubscribedAt == null && l.RevokedAt == null
                && (l.DigestLastWeek == null || l.DigestLastWeek != key))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.DigestLastWeek, key), cancellationToken);
        if (claimed == 0)
        {
            return false; // Another instance claimed it, or the link changed since it was read.
        }

        try
        {
            var view = await digests.ForWeekAsync(
                candidate.PatientId, candidate.PatientName, candidate.Unit, candidate.Subjects, candidate.ShareWeekSummary, week, cancellationToken);
            var token = Uri.EscapeDataString(tokens.ForDigest(candidate.LinkId));
            var email = SupporterDigestEmail.Compose(
                candidate.SupporterEmail,
                candidate.SupporterName,
                view,
                links.Link($"/Supporting/{Uri.EscapeDataString(candidate.PatientId)}"),
                links.Link($"/Reminders/Unsubscribe?token={token}"),
                links.Link($"{SupporterDigestUnsubscribe.OneClickPath}?token={token}"));
            await mail.SendAsync(email, cancellationToken);
        }
        catch (EmailDeliveryException exception)
        {
            await db.SupporterLinks
                .Where(l => l.Id == candidate.LinkId && l.DigestLastWeek == key)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.DigestLastWeek, candidate.LastWeek), CancellationToken.None);
            ReminderLog.DigestSendFailed(logger, candidate.LinkId, exception);
            return false;
        }

        ReminderLog.DigestSent(logger, candidate.LinkId);
        return true;
    }

    private async Task<bool> SendAsync(Candidate candidate, PatientContext patient, DateOnly week, CancellationToken cancellationToken)
    {
        var claimed = await db.Users
            .Where(u => u.Id == candidate.Id && u.WeeklyEmailDay != null && (u.WeeklyEmailLastWeek == null || u.WeeklyEmailLastWeek < week))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.WeeklyEmailLastWeek, week), cancellationToken);
        if (claimed == 0)
        {
            return false; // Another instance claimed it, or the patient just turned the email off.
        }

        try
        {
            var view = await weeks.ForWeekAsync(patient, week, withNoteText: false, cancellationToken);
            var email = WeeklySummaryEmail.Compose(
                candidate.Email,
                candidate.DisplayName,
                view,
                links.Link($"/Wins/Week?week={view.Param}"),
                links.Link($"/Reminders/Unsubscribe?token={Uri.EscapeDataString(tokens.ForWeekly(candidate.Id))}"));
            await mail.SendAsync(email, cancellationToken);
        }
        catch (EmailDeliveryException exception)
        {
            await db.Users
                .Where(u => u.Id == candidate.Id && u.WeeklyEmailLastWeek == week)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.WeeklyEmailLastWeek, candidate.LastWeek), CancellationToken.None);
            ReminderLog.WeeklySendFailed(logger, candidate.Id, exception);
            return false;
        }

        ReminderLog.WeeklySent(logger, candidate.Id);
        return true;
    }
}
