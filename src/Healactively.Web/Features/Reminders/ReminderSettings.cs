using Healactively.Domain.Calendar;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Reminders;

/// <summary>Turns a patient's daily reminder on, moves it, or turns it off.</summary>
public sealed class ReminderSettings(AppDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Sets the reminder on a loaded profile (saved by the caller). A time that has already passed today starts
    /// tomorrow, so saving the profile in the evening does not send a reminder a minute later.
    /// </summary>
    public void Apply(ApplicationUser user, TimeOnly? time)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.ReminderTime == time)
        {
            return;
        }

        user.ReminderTime = time;
        if (time is { } at)
        {
            var zone = PatientCalendar.TryFindZone(user.TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
            var today = PatientCalendar.Today(clock, zone);
            if (clock.GetUtcNow() >= PatientCalendar.InstantOf(today, at, zone) && !(user.ReminderLastSentOn >= today))
            {
                user.ReminderLastSentOn = today;
            }
        }
    }

    /// <summary>Turns reminders off for one account; false when the account does not exist.</summary>
    public async Task<bool> TurnOffAsync(string userId, CancellationToken cancellationToken)
    {
        var found = await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.ReminderTime, (TimeOnly?)null), cancellationToken);
        return found > 0;
    }
}
