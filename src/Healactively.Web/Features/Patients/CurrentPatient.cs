using System.Security.Claims;
using Healactively.Domain.Calendar;
using Healactively.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Healactively.Web.Features.Patients;

/// <summary>
/// Loads the signed-in patient's profile once per request and computes their local "today". The same read checks the
/// session's security stamp against the account's, so on patient pages a session ends at once after a sign-out, a
/// password change or an admin's lock (elsewhere Identity checks it every minute), at no extra query.
/// </summary>
public sealed class CurrentPatient(IHttpContextAccessor http, AppDbContext db, TimeProvider clock, IOptions<IdentityOptions> identity)
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
        var profile = await LoadProfile(db, userId, cancellationToken) ?? throw new AccountGoneException();
        if (!string.Equals(profile.SecurityStamp, user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType), StringComparison.Ordinal))
        {
            throw new SessionRevokedException(userId);
        }

        _cached = ForProfile(userId, profile.DisplayName, profile.TimeZoneId, profile.DistanceUnit, clock) with
        {
            JournalStamp = profile.JournalStamp,
            UnconfirmedEmail = profile.UnconfirmedEmail,
        };
        return _cached;
    }

    // Compiled once: this runs on every patient page, and EF's per-call query translation lookup was a fifth of the
    // cached home page's CPU (bench/README.md).
    private static readonly Func<AppDbContext, string, CancellationToken, Task<Profile?>> LoadProfile =
        EF.CompileAsyncQuery((AppDbContext context, string userId, CancellationToken _) => context.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new Profile(u.DisplayName, u.TimeZoneId, u.DistanceUnit, u.JournalStamp, u.EmailConfirmed ? null : u.Email, u.SecurityStamp))
            .SingleOrDefault());

    private sealed record Profile(string DisplayName, string TimeZoneId, Domain.Journal.DistanceUnit DistanceUnit, long JournalStamp, string? UnconfirmedEmail, string? SecurityStamp);

    public static PatientContext ForProfile(string userId, string displayName, string timeZoneId, Domain.Journal.DistanceUnit unit, TimeProvider clock)
    {
        // A zone removed from the tz database after it was stored falls back to UTC rather than failing.
        var zone = PatientCalendar.TryFindZone(timeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        return new PatientContext(userId, displayName, zone, unit, PatientCalendar.Today(clock, zone));
    }
}

