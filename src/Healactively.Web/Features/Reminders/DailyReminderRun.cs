using Healactively.Domain.Calendar;
using Healactively.Web.Data;
using Healactively.Web.Features.Email;
using Healactively.Web.Features.Push;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Reminders;

/// <summary>
/// One pass of the daily reminder job: reminds each patient whose reminder time has come today (their local
/// date and time) and whose today has no entry yet, by email (<c>ReminderByEmail</c>) and by a notification to each of
/// their devices (<c>ReminderByPush</c>). A day is claimed with one conditional UPDATE before anything goes out, once for
/// both channels, so several app instances never send either twice; when nothing could be delivered on any channel
/// the claim is given back and the next run tries again.
/// </summary>
public sealed class DailyReminderRun(
    AppDbContext db,
    IMailSender mail,
    PushSender push,
    TimeProvider clock,
    UnsubscribeTokens tokens,
    PublicLinks links,
    ILogger<DailyReminderRun> logger)
{
    /// <summary>The farthest zone ahead of UTC (Pacific/Kiritimati, UTC+14).</summary>
    private static readonly TimeSpan LatestOffset = TimeSpan.FromHours(14);

    private sealed record Candidate(string Id, string? Email, string DisplayName, string TimeZoneId, TimeOnly ReminderTime, DateOnly? LastSentOn, bool ByEmail, bool ByPush);

    /// <returns>How many reminders were sent.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // Coarse and indexable: anyone already reminded on the latest "today" on Earth is done; the exact check is per zone below.
        var latestToday = DateOnly.FromDateTime(now.UtcDateTime + LatestOffset);
        var candidates = await db.Users.AsNoTracking()
            .Where(u => u.ReminderTime != null && ((u.ReminderByEmail && u.Email != null) || u.ReminderByPush))
            .Where(u => u.ReminderLastSentOn == null || u.ReminderLastSentOn < latestToday)
            .Select(u => new Candidate(u.Id, u.Email, u.DisplayName, u.TimeZoneId, u.ReminderTime!.Value, u.ReminderLastSentOn, u.ReminderByEmail, u.ReminderByPush))
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

        var emailed = patient.ByEmail && patient.Email is not null ? await EmailAsync(patient, cancellationToken) : Delivery.NotChosen;
        var pushed = patient.ByPush ? await PushAsync(patient, cancellationToken) : Delivery.NotChosen;
        if (emailed != Delivery.Delivered && pushed != Delivery.Delivered && (emailed == Delivery.Failed || pushed == Delivery.Failed))
        {
            // Nothing reached the patient: give the day back so the next run tries again (never twice once one channel got through).
            await db.Users
                .Where(u => u.Id == patient.Id && u.ReminderLastSentOn == today)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.ReminderLastSentOn, patient.LastSentOn), CancellationToken.None);
            return false;
        }

        return emailed == Delivery.Delivered || pushed == Delivery.Delivered;
    }

    private enum Delivery
    {
        NotChosen,
        Delivered,
        Failed,
    }

    private async Task<Delivery> EmailAsync(Candidate patient, CancellationToken cancellationToken)
    {
        var email = ReminderEmail.Compose(
            patient.Email!,
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
            ReminderLog.SendFailed(logger, patient.Id, exception);
            return Delivery.Failed;
        }

        ReminderLog.Sent(logger, patient.Id);
        return Delivery.Delivered;
    }

    /// <summary>Every device of the patient; a patient who chose push but has no device yet simply gets none.</summary>
    private async Task<Delivery> PushAsync(Candidate patient, CancellationToken cancellationToken)
    {
        var delivery = await push.SendAsync(patient.Id, PushPayload.DailyReminder, cancellationToken);
        if (delivery.Sent > 0)
        {
            ReminderLog.PushSent(logger, patient.Id, delivery.Sent);
            return Delivery.Delivered;
        }

        return delivery.Failed > 0 ? Delivery.Failed : Delivery.NotChosen;
    }
}
