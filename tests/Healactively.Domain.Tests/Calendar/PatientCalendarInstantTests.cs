using Healactively.Domain.Calendar;
using static Healactively.Domain.Tests.Support.TestJournal;

namespace Healactively.Domain.Tests.Calendar;

public class PatientCalendarInstantTests
{
    private static TimeZoneInfo Zone(string ianaId)
    {
        Assert.True(PatientCalendar.TryFindZone(ianaId, out var zone), ianaId);
        return zone;
    }

    [Theory]
    // An ordinary day: 19:30 EST is 00:30 UTC the next day.
    [InlineData("America/New_York", "2026-03-07", "19:30", "2026-03-08T00:30:00Z")]
    // Spring forward (02:00 → 03:00): 02:30 never happens, so it is the first instant after the gap, 03:00 EDT.
    [InlineData("America/New_York", "2026-03-08", "02:30", "2026-03-08T07:00:00Z")]
    [InlineData("America/New_York", "2026-03-08", "02:00", "2026-03-08T07:00:00Z")]
    [InlineData("America/New_York", "2026-03-08", "03:00", "2026-03-08T07:00:00Z")]
    [InlineData("America/New_York", "2026-03-08", "01:59", "2026-03-08T06:59:00Z")]
    // Fall back (02:00 → 01:00): 01:30 happens twice; the first is 01:30 EDT.
    [InlineData("America/New_York", "2026-11-01", "01:30", "2026-11-01T05:30:00Z")]
    [InlineData("America/New_York", "2026-11-01", "02:30", "2026-11-01T07:30:00Z")]
    // Far from UTC: 08:00 in Kiritimati (UTC+14) is 18:00 UTC the day before.
    [InlineData("Pacific/Kiritimati", "2026-11-26", "08:00", "2026-11-25T18:00:00Z")]
    // Auckland springs forward on 2026-09-27 at 02:00 NZST (UTC+12) to 03:00 NZDT.
    [InlineData("Pacific/Auckland", "2026-09-27", "02:15", "2026-09-26T14:00:00Z")]
    public void A_local_time_on_a_local_date_happens_at_one_instant(string zone, string date, string time, string expectedUtc)
    {
        var instant = PatientCalendar.InstantOf(Day(date), TimeOnly.Parse(time, System.Globalization.CultureInfo.InvariantCulture), Zone(zone));

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), instant);
    }
}
