using Healactively.Domain.Calendar;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.WeekInWins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Reminders;

/// <summary>When the weekly "week in wins" email goes out: a local day of the week and a local time.</summary>
public sealed record WeeklySummarySchedule(DayOfWeek Day, TimeOnly Time);

/// <summary>Turns a patient's weekly email on, moves it, or turns it off (off is the default).</summary>
public sealed class WeeklySummarySettings(AppDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Sets the schedule on a loaded profile (saved by the caller). When the chosen moment has already passed today,
    /// this week's email counts as sent, so saving the profile does not send one a minute later.
    /// </summary>
    public void Apply(ApplicationUser user, WeeklySummarySchedule? schedule)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.WeeklyEmailDay == schedule?.Day && user.WeeklyEmailTime == schedule?.Time)
        {
            return;
        }

        user.WeeklyEmailDay = schedule?.Day;
        user.WeeklyEmailTime = schedule?.Time;
        if (schedule is not null)
        {
            var zone = PatientCalendar.TryFindZone(user.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
            var today = PatientCalendar.Today(clock, zone);
            var week = WeeklySummaryRun.WeekReported(today);
            if (today.DayOfWeek == schedule.Day && clock.GetUtcNow() >= PatientCalendar.InstantOf(today, schedule.Time, zone)
                && !(user.WeeklyEmailLastWeek >= week))
            {
                user.WeeklyEmailLastWeek = week;
            }
        }
    }

    /// <summary>Turns the weekly email off for one account; false when the account does not exist.</summary>
    public async Task<bool> TurnOffAsync(string userId, CancellationToken cancellationToken)
    {
        var found = await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.WeeklyEmailDay, (DayOfWeek?)null).SetProperty(u => u.WeeklyEmailTime, (TimeOnly?)null), cancellationToken);
        return found > 0;
    }
}
