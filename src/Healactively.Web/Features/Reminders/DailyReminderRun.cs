using Healactively.Domain.Calendar;
using Healactively.Web.Data;
using Healactively.Web.Features.Email;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Reminders;

/// <summary>
/// One pass of the daily reminder job: emails each patient whose reminder time has come today (their local
/// date and time) and whose today has no entry yet. A day is claimed with one conditional UPDATE before the
/// email goes out, so several app instances never send it twice; a failed send gives the claim back.
/// </summary>
public sealed class DailyReminderRun(
    AppDbContext db,
    IMailSender mail,
    TimeProvider clock,
    UnsubscribeTokens tokens,
    PublicLinks links,
    ILogger<DailyReminderRun> logger)
{
    /// <summary>The farthest zone ahead of UTC (Pacific/Kiritimati, UTC+14).</summary>
    private static readonly TimeSpan LatestOffset = TimeSpan.FromHours(14);

    private sealed record Candidate(string Id, string Email, string DisplayName, string TimeZoneId, TimeOnly ReminderTime, DateOnly? LastSentOn);

    /// <returns>How many reminders were sent.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Coarse and indexable: anyone already reminded on the latest "today" on Earth is done; the exact check is per zone below.
        var latestToday = DateOnly.FromDateTime(now.UtcDateTime + LatestOffset);
        var candidates = await db.Users.AsNoTracking()
            .Where(u => u.ReminderTime != null && u.Email != null)
            .Where(u => u.ReminderLastSentOn == null || u.ReminderLastSentOn < latestToday)
            .Select(u => new Candidate(u.Id, u.Email!, u.DisplayName, u.TimeZoneId, u.ReminderTime!.Value, u.ReminderLastSentOn))
            .ToListAsync(cancellationToken);

        var sent = 0;
        foreach (var candidate in candidates)
        {
            var zone = PatientCalendar.TryFindZone(candidate.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
            var today = PatientCalendar.Today(clock, zone);
            if (candidate.LastSentOn >= today || now < PatientCalendar.InstantOf(today, candidate.ReminderTime, zone))
            {
                continue;
            }

            if (await RemindAsync(candidate, today, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> RemindAsync(Candidate patient, DateOnly today, CancellationToken cancellationToken)
    {
        var hasEntry = await db.JournalEntries.AnyAsync(e => e.PatientId == patient.Id && e.Date == today, cancellationToken);
        var claimed = await db.Users
            .Where(u => u.Id == patient.Id && u.ReminderTime != null && (u.ReminderLastSentOn == null || u.ReminderLastSentOn < today))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.ReminderLastSentOn, today), cancellationToken);
        if (claimed == 0)
        {
            return false; // Another instance claimed it, or the patient just turned reminders off.
        }

        if (hasEntry)
        {
            // The day is claimed anyway, so the patient drops out of the coarse filter until tomorrow.
            ReminderLog.SkippedHasEntry(logger, patient.Id);
            return false;
        }

        var email = ReminderEmail.Compose(
            patient.Email,
            patient.DisplayName,
            patient.ReminderTime,
            links.Link("/Journal/Entry"),
            links.Link($"/Reminders/Unsubscribe?token={Uri.EscapeDataString(tokens.For(patient.Id))}"));
        try
        {
            await mail.SendAsync(email, cancellationToken);
        }
        catch (EmailDeliveryException exception)
        {
            await db.Users
                .Where(u => u.Id == patient.Id && u.ReminderLastSentOn == today)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.ReminderLastSentOn, patient.LastSentOn), CancellationToken.None);
            ReminderLog.SendFailed(logger, patient.Id, exception);
            return false;
        }

        ReminderLog.Sent(logger, patient.Id);
        return true;
    }
}
