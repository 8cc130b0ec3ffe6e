using Healactively.Domain.Calendar;
using Healactively.Domain.Tests.Support;
using static Healactively.Domain.Tests.Support.TestJournal;

namespace Healactively.Domain.Tests.Calendar;

public class PatientCalendarTests
{
    private static TimeZoneInfo Zone(string ianaId)
    {
        Assert.True(PatientCalendar.TryFindZone(ianaId, out var zone), ianaId);
        return zone;
    }

    [Fact]
    public void At_one_instant_the_patients_far_from_utc_have_different_dates()
    {
        // 2026-03-07 10:30 UTC is 2026-03-08 00:30 in Kiritimati (UTC+14) and 2026-03-06 23:30 in Pago Pago (UTC-11).
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 3, 7, 10, 30, 0, TimeSpan.Zero));

        Assert.Equal(Day("2026-03-08"), PatientCalendar.Today(clock, Zone("Pacific/Kiritimati")));
        Assert.Equal(Day("2026-03-06"), PatientCalendar.Today(clock, Zone("Pacific/Pago_Pago")));
        Assert.Equal(Day("2026-03-07"), PatientCalendar.Today(clock, Zone("UTC")));
    }

    [Fact]
    public void Late_evening_in_new_york_is_still_that_day_while_utc_is_the_next()
    {
        // 23:30 EST (UTC-5, the day before DST starts) is 04:30 UTC on the 8th.
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 3, 7, 23, 30, 0, TimeSpan.FromHours(-5)));

        Assert.Equal(Day("2026-03-08"), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        Assert.Equal(Day("2026-03-07"), PatientCalendar.Today(clock, Zone("America/New_York")));
    }

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("America/New_York", true)]
    [InlineData("UTC", true)]
    [InlineData("Not/AZone", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryFindZone_accepts_iana_ids_only(string? id, bool found)
    {
        Assert.Equal(found, PatientCalendar.TryFindZone(id, out _));
    }
}
