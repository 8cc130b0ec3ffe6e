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
/// their lease (<see cref="DailyReminderService"/>).
/// </summary>
public sealed class WeeklySummaryRun(
    AppDbContext db,
    IMailSender mail,
    TimeProvider clock,
    UnsubscribeTokens tokens,
    WeekInWinsQuery weeks,
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

    /// <returns>How many weekly emails were sent.</returns>
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

        return sent;
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
