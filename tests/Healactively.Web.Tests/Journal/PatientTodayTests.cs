using System.Net;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Journal;

/// <summary>"Today" is the patient's local date from the injected clock, never the server's.</summary>
public sealed class PatientTodayTests
{
    [Fact]
    public async Task At_one_instant_patients_far_east_and_far_west_of_UTC_have_different_todays()
    {
        // 2026-11-25 10:30 UTC is 2026-11-26 00:30 in Kiritimati (UTC+14) and 2026-11-24 23:30 in Pago Pago (UTC−11).
        using var factory = new HealactivelyFactory { Clock = new(new DateTimeOffset(2026, 11, 25, 10, 30, 0, TimeSpan.Zero)) };
        var (east, eastEmail) = await Accounts.RegisterPatientAsync(factory, zone: "Pacific/Kiritimati");
        var (west, westEmail) = await Accounts.RegisterPatientAsync(factory, zone: "Pacific/Pago_Pago");

        await (await HtmlPage.GetOkAsync(east, "/Journal/Entry")).SubmitAsync(east, "#entry-form", JournalForms.Values(("Pain", "3")));
        await (await HtmlPage.GetOkAsync(west, "/Journal/Entry")).SubmitAsync(west, "#entry-form", JournalForms.Values(("Pain", "3")));

        Assert.Equal(new DateOnly(2026, 11, 26), Assert.Single(JournalTestData.Entries(factory, eastEmail)).Date);
        Assert.Equal(new DateOnly(2026, 11, 24), Assert.Single(JournalTestData.Entries(factory, westEmail)).Date);

        // The west patient's "tomorrow" is the east patient's today, and still in the future for them.
        var westTomorrow = await HtmlPage.GetOkAsync(west, "/Journal/Entry/2026-11-25");
        Assert.NotNull(westTomorrow.Find("#future-date"));
        var eastToday = await HtmlPage.GetOkAsync(east, "/Journal/Entry/2026-11-26");
        Assert.NotNull(eastToday.Find("#entry-form"));
    }

    [Fact]
    public async Task An_entry_at_2330_on_the_evening_before_a_DST_change_lands_on_that_local_date()
    {
        // New York moves to daylight time at 02:00 on 2026-03-08. 23:30 EST on 2026-03-07 is 04:30 UTC on 2026-03-08.
        using var factory = new HealactivelyFactory { Clock = new(new DateTimeOffset(2026, 3, 8, 4, 30, 0, TimeSpan.Zero)) };
        var (client, email) = await Accounts.RegisterPatientAsync(factory, zone: "America/New_York");

        var form = await HtmlPage.GetOkAsync(client, "/Journal/Entry");
        Assert.Contains("Saturday 7 March 2026", form.Text, StringComparison.Ordinal);
        var saved = await form.SubmitAsync(client, "#entry-form", JournalForms.Values(("SittingMinutes", "30")));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(new DateOnly(2026, 3, 7), Assert.Single(JournalTestData.Entries(factory, email)).Date);

        // An hour later (05:30 UTC) it is 01:30 EST on 2026-03-08; after the jump (07:30 UTC) it is 03:30 EDT: both on the 8th.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 8, 7, 30, 0, TimeSpan.Zero));
        await Accounts.SignInAsync(client, email); // three idle hours ended the session
        var after = await HtmlPage.GetOkAsync(client, "/Journal/Entry");
        Assert.Contains("Sunday 8 March 2026", after.Text, StringComparison.Ordinal);
    }
}
