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

    /// <summary>
    /// The instant a local wall-clock time happens on a local date. A time skipped by a spring-forward gap
    /// happens at the first instant after the gap; a time repeated on a fall-back day happens at its first occurrence.
    /// </summary>
    public static DateTimeOffset InstantOf(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(local))
        {
            var earliest = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, earliest);
        }

        // Gaps are whole minutes (at most a few hours): the first valid minute is where the clock lands after the jump.
        var afterGap = local;
        for (var minutes = 0; zone.IsInvalidTime(afterGap) && minutes < MinutesPerDay; minutes++)
        {
            afterGap = afterGap.AddMinutes(1);
        }

        return new DateTimeOffset(afterGap, zone.GetUtcOffset(afterGap));
    }

    private const int MinutesPerDay = 24 * 60;

    /// <summary>The Monday of the ISO week (Monday to Sunday) that holds <paramref name="date"/>.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

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
