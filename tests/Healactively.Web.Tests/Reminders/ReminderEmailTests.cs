using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Features.Reminders;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Healactively.Web.Tests.Reminders.ReminderSteps;

namespace Healactively.Web.Tests.Reminders;

/// <summary>What the reminder says and links to, and its unsubscribe link that works without signing in.</summary>
public sealed class ReminderEmailTests
{
    [Fact]
    public async Task The_email_is_calm_has_no_health_data_and_links_to_journaling_today_and_to_unsubscribe()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = Factory(smtp, HealactivelyFactory.DefaultStart);
        var (client, email) = await PatientWithReminderAsync(factory, "Europe/London", "18:00");
        await JournalDays.SaveAsync(client, ("2026-11-24", [("Pain", "7"), ("EasierToday", "tying my shoes"), ("Triggers", "long drive")]));

        Assert.Equal(1, await RunAtAsync(factory, "2026-11-25T18:00:00Z"));
        var message = Assert.Single(await smtp.WaitForMessagesAsync(email, subject: ReminderEmail.Subject));

        Assert.False(string.IsNullOrWhiteSpace(message.TextBody));
        Assert.False(string.IsNullOrWhiteSpace(message.HtmlBody));
        foreach (var body in new[] { message.TextBody, message.HtmlBody })
        {
            Assert.DoesNotContain("tying my shoes", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("long drive", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("pain", body, StringComparison.OrdinalIgnoreCase);
        }

        var links = Links(message);
        Assert.Equal("http://healactively.example/Journal/Entry", links[0].AbsoluteUri);
        var unsubscribe = links.Single(l => l.AbsolutePath == "/Reminders/Unsubscribe");
        Assert.Equal($"<{unsubscribe.AbsoluteUri}>", message.Headers["List-Unsubscribe"]);
        Assert.Null(message.Headers["List-Unsubscribe-Post"]);

        // The journal link opens today's form for the patient, signed in again: hours later their session has ended.
        await Accounts.SignInAsync(client, email);
        var today = await HtmlPage.GetOkAsync(client, links[0].PathAndQuery);
        Assert.NotNull(today.Find("#entry-form"));
    }

    [Fact]
    public async Task The_unsubscribe_link_works_without_signing_in_and_stops_further_reminders()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = Factory(smtp, HealactivelyFactory.DefaultStart);
        var (client, email) = await PatientWithReminderAsync(factory, "Pacific/Auckland", "08:00");
        Assert.Equal(1, await RunAtAsync(factory, "2026-11-25T19:00:00Z"));
        var message = Assert.Single(await smtp.WaitForMessagesAsync(email, subject: ReminderEmail.Subject));
        var link = Links(message).Single(l => l.AbsolutePath == "/Reminders/Unsubscribe").PathAndQuery;

        var stranger = factory.CreateBrowser();
        var ask = await HtmlPage.GetAsync(stranger, link);
        Assert.Equal(HttpStatusCode.OK, ask.Status);
        Assert.Contains("Turn off reminders", ask.Text, StringComparison.Ordinal);

        // Opening the link changes nothing: a mail scanner that follows links does not unsubscribe anyone.
        Assert.Equal(1, await RunAtAsync(factory, "2026-11-26T19:00:00Z"));
        await smtp.WaitForMessagesAsync(email, count: 2, subject: ReminderEmail.Subject);

        var done = await ask.SubmitAsync(stranger, "#unsubscribe-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("Daily reminders are off", done.Text, StringComparison.Ordinal);

        Assert.Equal(0, await RunAtAsync(factory, "2026-11-27T19:00:00Z"));
        Assert.Equal(0, await RunAtAsync(factory, "2026-11-28T19:00:00Z"));
        Assert.Equal(2, (await smtp.MessagesToAsync(email, ReminderEmail.Subject)).Count);
        await Accounts.SignInAsync(client, email); // days later: a new session
        var profile = await HtmlPage.GetOkAsync(client, "/Profile");
        Assert.Equal("No reminder", profile.Find("#ReminderTime option[selected]")?.TextContent);
    }

    [Fact]
    public async Task A_tampered_unsubscribe_link_is_refused_and_a_post_without_antiforgery_changes_nothing()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = Factory(smtp, HealactivelyFactory.DefaultStart);
        var (_, email) = await PatientWithReminderAsync(factory, "Europe/London", "18:00");
        var userId = Accounts.UserId(factory, email);
        Assert.Equal(1, await RunAtAsync(factory, "2026-11-25T18:00:00Z"));
        var link = Links(Assert.Single(await smtp.WaitForMessagesAsync(email, subject: ReminderEmail.Subject))).Single(l => l.AbsolutePath == "/Reminders/Unsubscribe");
        var token = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!;

        var stranger = factory.CreateBrowser();
        var forged = await HtmlPage.GetAsync(stranger, $"/Reminders/Unsubscribe?token={Uri.EscapeDataString(userId)}");
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
        Assert.Contains("This link does not work", forged.Text, StringComparison.Ordinal);

        var noAntiforgery = await stranger.PostAsync("/Reminders/Unsubscribe", new FormUrlEncodedContent(new Dictionary<string, string> { ["Token"] = token }));
        Assert.Equal(HttpStatusCode.BadRequest, noAntiforgery.StatusCode);
        Assert.NotNull(await ReminderTimeAsync(factory, userId));
    }

    [Fact]
    public async Task A_failed_send_gives_the_day_back_so_the_next_run_tries_again()
    {
        var smtp = await SmtpTestServer.GetAsync();
        // Nothing listens on the port the app is given: every send fails.
        using var factory = Factory(smtp, HealactivelyFactory.DefaultStart, ("Smtp:Port", ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Smtp:TimeoutSeconds", "5"));
        var (_, email) = await PatientWithReminderAsync(factory, "Europe/London", "18:00");
        var userId = Accounts.UserId(factory, email);

        Assert.Equal(0, await RunAtAsync(factory, "2026-11-25T18:00:00Z"));
        Assert.Null(await LastSentOnAsync(factory, userId));
        Assert.Equal(0, await RunAtAsync(factory, "2026-11-25T18:01:00Z"));
        Assert.Null(await LastSentOnAsync(factory, userId));
    }

    [Fact]
    public async Task Choosing_a_time_that_has_passed_today_starts_tomorrow_and_a_bad_time_is_explained()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = Factory(smtp, HealactivelyFactory.DefaultStart);
        var (client, email) = await PatientWithReminderAsync(factory, "Europe/London", "09:00"); // it is 12:00 in London

        Assert.Equal(0, await RunAtAsync(factory, "2026-11-25T12:01:00Z"));
        Assert.Equal(1, await RunAtAsync(factory, "2026-11-26T09:00:00Z"));
        Assert.Single(await smtp.WaitForMessagesAsync(email, subject: ReminderEmail.Subject));

        await Accounts.SignInAsync(client, email); // the next day: a new session
        var bad = await SetReminderAsync(client, "25:99");
        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Contains("Choose a time from the list", bad.ValidationMessageFor("ReminderTime"), StringComparison.Ordinal);
    }

    private static async Task<TimeOnly?> ReminderTimeAsync(HealactivelyFactory factory, string userId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.ReminderTime).SingleAsync();
    }

    private static async Task<DateOnly?> LastSentOnAsync(HealactivelyFactory factory, string userId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Users.Where(u => u.Id == userId).Select(u => u.ReminderLastSentOn).SingleAsync();
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
