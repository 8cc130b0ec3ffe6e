using Healactively.Web.Features.Reminders;
using Healactively.Web.Tests.Infrastructure;
using static Healactively.Web.Tests.Reminders.ReminderSteps;

namespace Healactively.Web.Tests.Reminders;

/// <summary>With <c>Reminders:Enabled</c> the app's own background service sends the reminder as the clock moves.</summary>
public sealed class ReminderServiceTests
{
    [Fact]
    public async Task The_background_service_sends_the_reminder_when_the_clock_reaches_the_patients_time()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = Factory(smtp, HealactivelyFactory.DefaultStart, ("Reminders:Enabled", "true"));
        var (_, email) = await PatientWithReminderAsync(factory, "Europe/London", "12:05"); // it is 12:00 in London

        // Minute by minute, as the service's timer sees the fake clock, until the email arrives (or half an hour passes).
        for (var minute = 0; minute < 30 && (await smtp.MessagesToAsync(email, ReminderEmail.Subject)).Count == 0; minute++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        var message = Assert.Single(await smtp.WaitForMessagesAsync(email, subject: ReminderEmail.Subject));
        Assert.True(factory.Clock.GetUtcNow() >= new DateTimeOffset(2026, 11, 25, 12, 5, 0, TimeSpan.Zero), "Not before the patient's time.");
        Assert.Equal("A minute for your journal today", message.Subject);
    }
}
