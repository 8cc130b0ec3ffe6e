namespace Healactively.Domain.Calendar;

/// <summary>The patient's local calendar: "today" is always their local date, never the server's.</summary>
public static class PatientCalendar
{
    public static DateOnly Today(TimeProvider clock, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
        return DateOnly.FromDateTime(local.DateTime);
    }

    public static bool TryFindZone(string? ianaId, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        if (string.IsNullOrWhiteSpace(ianaId) || ianaId.Length > 64)
        {
            return false;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(ianaId, out var found))
        {
            return false;
        }

        // Only IANA ids are stored: a Windows id that the runtime converts is refused.
        if (!found.HasIanaId && !string.Equals(ianaId, "UTC", StringComparison.Ordinal))
        {
            return false;
        }

        zone = found;
        return true;
    }
}
