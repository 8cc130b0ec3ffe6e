using Healactively.Web.Features.Reminders;
using Healactively.Web.Tests.Infrastructure;
using static Healactively.Web.Tests.Reminders.ReminderSteps;

namespace Healactively.Web.Tests.Reminders;

/// <summary>The reminder email arrives at the patient's local time, on their local date, at most once a day, across DST.</summary>
public sealed class ReminderTimingTests
{
    [Fact]
    public async Task A_patient_in_auckland_gets_the_email_at_their_local_time_and_not_before_and_once_a_day()
    {
        var smtp = await SmtpTestServer.GetAsync();
        // 2026-11-25 12:00 UTC is 2026-11-26 01:00 in Auckland (NZDT, UTC+13): 08:00 there is 19:00 UTC.
        using var factory = Factory(smtp, HealactivelyFactory.DefaultStart);
        var (_, email) = await PatientWithReminderAsync(factory, "Pacific/Auckland", "08:00");

        Assert.Equal(0, await RunAtAsync(factory, "2026-11-25T18:59:00Z"));
        Assert.Empty(await smtp.MessagesToAsync(email, ReminderEmail.Subject));

        Assert.Equal(1, await RunAtAsync(factory, "2026-11-25T19:00:00Z"));
        var message = Assert.Single(await smtp.WaitForMessagesAsync(email, subject: ReminderEmail.Subject));
        Assert.Equal("A minute for your journal today", message.Subject);

        Assert.Equal(0, await RunAtAsync(factory, "2026-11-25T19:01:00Z"));
        Assert.Equal(0, await RunAtAsync(factory, "2026-11-26T10:59:00Z")); // 23:59 in Auckland
        Assert.Single(await smtp.MessagesToAsync(email, ReminderEmail.Subject));

        Assert.Equal(1, await RunAtAsync(factory, "2026-11-26T19:00:00Z")); // the next Auckland morning
        Assert.Equal(2, (await smtp.WaitForMessagesAsync(email, count: 2, subject: ReminderEmail.Subject)).Count);
    }

    [Fact]
    public async Task No_email_when_today_already_has_an_entry()
    {
        var smtp = await SmtpTestServer.GetAsync();
        // In Kiritimati (UTC+14) 2026-11-25 12:00 UTC is 02:00 on the 26th; 20:00 there is 06:00 UTC on the 26th.
        using var factory = Factory(smtp, HealactivelyFactory.DefaultStart);
        var (client, email) = await PatientWithReminderAsync(factory, "Pacific/Kiritimati", "20:00");
        await JournalDays.SaveAsync(client, ("2026-11-26", [("Pain", "3")]));

        Assert.Equal(0, await RunAtAsync(factory, "2026-11-26T06:00:00Z"));
        Assert.Equal(0, await RunAtAsync(factory, "2026-11-26T09:00:00Z"));
        Assert.Empty(await smtp.MessagesToAsync(email, ReminderEmail.Subject));

        // The next day has no entry: the reminder comes again.
        Assert.Equal(1, await RunAtAsync(factory, "2026-11-27T06:00:00Z"));
        Assert.Single(await smtp.WaitForMessagesAsync(email, subject: ReminderEmail.Subject));
    }

    [Fact]
    public async Task On_the_spring_forward_day_a_reminder_at_0230_comes_at_the_first_instant_after_the_gap()
    {
        var smtp = await SmtpTestServer.GetAsync();
        // 2026-03-07 12:00 UTC is 07:00 EST: 02:30 has passed today, so the first reminder is on the 8th.
        using var factory = Factory(smtp, new DateTimeOffset(2026, 3, 7, 12, 0, 0, TimeSpan.Zero));
        var (_, email) = await PatientWithReminderAsync(factory, "America/New_York", "02:30");

        Assert.Equal(0, await RunAtAsync(factory, "2026-03-08T06:59:00Z")); // 01:59 EST, just before the clocks jump
        Assert.Equal(1, await RunAtAsync(factory, "2026-03-08T07:00:00Z")); // 03:00 EDT
        Assert.Equal(0, await RunAtAsync(factory, "2026-03-08T07:30:00Z"));
        Assert.Equal(0, await RunAtAsync(factory, "2026-03-09T03:59:00Z")); // 23:59 EDT
        Assert.Single(await smtp.WaitForMessagesAsync(email, subject: ReminderEmail.Subject));

        Assert.Equal(1, await RunAtAsync(factory, "2026-03-09T06:30:00Z")); // 02:30 EDT on an ordinary day
    }

    [Fact]
    public async Task On_the_fall_back_day_a_reminder_at_0130_comes_once_though_0130_happens_twice()
    {
        var smtp = await SmtpTestServer.GetAsync();
        // 2026-10-31 12:00 UTC is 08:00 EDT: the first reminder is on 2026-11-01.
        using var factory = Factory(smtp, new DateTimeOffset(2026, 10, 31, 12, 0, 0, TimeSpan.Zero));
        var (_, email) = await PatientWithReminderAsync(factory, "America/New_York", "01:30");

        Assert.Equal(0, await RunAtAsync(factory, "2026-11-01T05:29:00Z")); // 01:29 EDT
        Assert.Equal(1, await RunAtAsync(factory, "2026-11-01T05:30:00Z")); // 01:30 EDT, the first time
        Assert.Equal(0, await RunAtAsync(factory, "2026-11-01T06:30:00Z")); // 01:30 EST, the second time
        Assert.Equal(0, await RunAtAsync(factory, "2026-11-02T04:59:00Z")); // 23:59 EST
        Assert.Single(await smtp.WaitForMessagesAsync(email, subject: ReminderEmail.Subject));
    }

    [Fact]
    public async Task No_reminder_chosen_sends_nothing_all_day()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = Factory(smtp, HealactivelyFactory.DefaultStart);
        var (client, email) = await PatientWithReminderAsync(factory, "Europe/London", "18:00");
        var off = await SetReminderAsync(client, "");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, off.Status);

        var profile = await HtmlPage.GetOkAsync(client, "/Profile");
        Assert.Equal("No reminder", profile.Find("#ReminderTime option[selected]")?.TextContent);
        foreach (var hour in new[] { "2026-11-25T18:00:00Z", "2026-11-25T23:59:00Z", "2026-11-26T18:00:00Z" })
        {
            Assert.Equal(0, await RunAtAsync(factory, hour));
        }

        Assert.Empty(await smtp.MessagesToAsync(email, ReminderEmail.Subject));
    }

    [Fact]
    public async Task Two_instances_running_at_the_same_moment_send_one_email()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = Factory(smtp, HealactivelyFactory.DefaultStart);
        var (_, email) = await PatientWithReminderAsync(factory, "Europe/London", "18:00");
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 18, 0, 0, TimeSpan.Zero));

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RunAsync(factory))));

        Assert.Equal(1, runs.Sum());
        Assert.Single(await smtp.WaitForMessagesAsync(email, subject: ReminderEmail.Subject));
    }
}
