using System.Security.Claims;
using Healactively.Domain.Calendar;
using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Patients;

/// <summary>Loads the signed-in patient's profile once per request and computes their local "today".</summary>
public sealed class CurrentPatient(IHttpContextAccessor http, AppDbContext db, TimeProvider clock)
{
    private PatientContext? _cached;

    public async Task<PatientContext> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_cached is not null)
        {
            return _cached;
        }

        var user = http.HttpContext?.User ?? throw new InvalidOperationException("No signed-in user.");
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");
        var profile = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.DisplayName, u.TimeZoneId, u.DistanceUnit, u.JournalStamp, UnconfirmedEmail = u.EmailConfirmed ? null : u.Email })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new AccountGoneException();
        _cached = ForProfile(userId, profile.DisplayName, profile.TimeZoneId, profile.DistanceUnit, clock) with
        {
            JournalStamp = profile.JournalStamp,
            UnconfirmedEmail = profile.UnconfirmedEmail,
        };
        return _cached;
    }

    public static PatientContext ForProfile(string userId, string displayName, string timeZoneId, Domain.Journal.DistanceUnit unit, TimeProvider clock)
    {
        // A zone removed from the tz database after it was stored falls back to UTC rather than failing.
        var zone = PatientCalendar.TryFindZone(timeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        return new PatientContext(userId, displayName, zone, unit, PatientCalendar.Today(clock, zone));
    }
}

/// <summary>Marker so the options type is not needed by callers.</summary>
internal static class CurrentPatientSetup
{
    public static IServiceCollection AddCurrentPatient(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentPatient>();
        return services;
    }
}
