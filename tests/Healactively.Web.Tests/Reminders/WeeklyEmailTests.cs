using System.Net;
using Healactively.Web.Features.Reminders;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Healactively.Web.Tests.Reminders.ReminderSteps;

namespace Healactively.Web.Tests.Reminders;

/// <summary>
/// The opt-in weekly "week in wins" email: off by default; once a week at the patient's chosen local day and time,
/// right across DST changes (Pacific/Auckland); the week page in short with nothing the patient wrote; a link to the
/// week from App:BaseUrl; a one-click unsubscribe that needs no sign-in.
/// </summary>
public sealed class WeeklyEmailTests
{
    private static async Task<HtmlPage> SetWeeklyAsync(HttpClient client, string day, string time)
    {
        var profile = await HtmlPage.GetOkAsync(client, "/Profile");
        var saved = await profile.SubmitAsync(client, "#profile-form", new Dictionary<string, string?> { ["WeeklyEmailDay"] = day, ["WeeklyEmailTime"] = time });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        return saved;
    }

    private static async Task<int> RunWeeklyAtAsync(HealactivelyFactory factory, string utc)
    {
        var at = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(at >= factory.Clock.GetUtcNow(), $"The clock only moves forward ({utc}).");
        factory.Clock.SetUtcNow(at);
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WeeklySummaryRun>().RunOnceAsync(CancellationToken.None);
    }

    [Fact]
    public async Task When_the_clocks_go_back_in_auckland_a_sunday_0230_email_comes_once_though_0230_happens_twice()
    {
        var smtp = await SmtpTestServer.GetAsync();
        // Monday 30 March 2026 13:00 in Auckland (NZDT, UTC+13). On Sunday 5 April at 03:00 NZDT the clocks go back to 02:00 NZST.
        using var factory = Factory(smtp, new DateTimeOffset(2026, 3, 30, 0, 0, 0, TimeSpan.Zero));
        var (client, email) = await Accounts.RegisterPatientAsync(factory, "Pacific/Auckland");
        await JournalDays.SaveAsync(client,
            ("2026-03-24", [("SittingMinutes", "30"), ("Pain", "5")]),
            ("2026-03-25", [("SittingMinutes", "30"), ("Pain", "5")]),
            ("2026-03-30", [("SittingMinutes", "45"), ("Pain", "4"),
                ("EasierToday", "Tying my shoes"), ("Triggers", "long drive"), ("Helped", "heat pack, short walk")]));
        await SetWeeklyAsync(client, "Sunday", "02:30");

        Assert.Equal(0, await RunWeeklyAtAsync(factory, "2026-04-04T13:29:00Z")); // 02:29 NZDT
        Assert.Equal(1, await RunWeeklyAtAsync(factory, "2026-04-04T13:30:00Z")); // 02:30 NZDT, the first time
        Assert.Equal(0, await RunWeeklyAtAsync(factory, "2026-04-04T14:30:00Z")); // 02:30 NZST, the second time
        for (var at = new DateTimeOffset(2026, 4, 4, 15, 0, 0, TimeSpan.Zero); at <= new DateTimeOffset(2026, 4, 11, 14, 0, 0, TimeSpan.Zero); at = at.AddHours(6))
        {
            Assert.Equal(0, await RunWeeklyAtAsync(factory, at.ToString("O", System.Globalization.CultureInfo.InvariantCulture)));
        }

        var message = Assert.Single(await smtp.WaitForMessagesAsync(email, subject: WeeklySummaryEmail.Subject));
        Assert.Contains("You journaled on 1 of 7 days.", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Sitting: usually 45 min this week, 30 min last week — 15 min longer.", message.TextBody, StringComparison.Ordinal);
        foreach (var body in new[] { message.TextBody, message.HtmlBody })
        {
            foreach (var text in new[] { "Tying my shoes", "long drive", "heat pack", "short walk" })
            {
                Assert.DoesNotContain(text, body, StringComparison.OrdinalIgnoreCase);
            }
        }

        var week = Links(message).Single(l => l.AbsolutePath == "/Wins/Week");
        Assert.Equal("http://healactively.example/Wins/Week?week=2026-W14", week.AbsoluteUri);
        await Accounts.SignInAsync(client, email); // days later: a new session
        var page = await HtmlPage.GetOkAsync(client, week.PathAndQuery);
        Assert.Equal("2026-W14", page.Find("#week-range")!.GetAttribute("data-week"));

        // The next Sunday, 02:30 NZST: the next week's email.
        Assert.Equal(1, await RunWeeklyAtAsync(factory, "2026-04-11T14:30:00Z"));
        Assert.Equal(2, (await smtp.WaitForMessagesAsync(email, count: 2, subject: WeeklySummaryEmail.Subject)).Count);
    }

    [Fact]
    public async Task When_the_clocks_go_forward_in_auckland_a_sunday_0230_email_comes_right_after_the_jump_once()
    {
        var smtp = await SmtpTestServer.GetAsync();
        // Monday 21 September 2026 12:00 in Auckland (NZST, UTC+12). On Sunday 27 September 02:00 NZST becomes 03:00 NZDT.
        using var factory = Factory(smtp, new DateTimeOffset(2026, 9, 21, 0, 0, 0, TimeSpan.Zero));
        var (client, email) = await Accounts.RegisterPatientAsync(factory, "Pacific/Auckland");
        await SetWeeklyAsync(client, "Sunday", "02:30");

        Assert.Equal(0, await RunWeeklyAtAsync(factory, "2026-09-26T13:59:00Z")); // 01:59 NZST, just before the jump
        Assert.Equal(1, await RunWeeklyAtAsync(factory, "2026-09-26T14:00:00Z")); // 03:00 NZDT
        Assert.Equal(0, await RunWeeklyAtAsync(factory, "2026-09-26T14:30:00Z"));
        Assert.Equal(0, await RunWeeklyAtAsync(factory, "2026-09-27T10:59:00Z")); // 23:59 NZDT
        var message = Assert.Single(await smtp.WaitForMessagesAsync(email, subject: WeeklySummaryEmail.Subject));
        Assert.Contains("You journaled on 0 of 7 days.", message.TextBody, StringComparison.Ordinal);
        Assert.Equal("http://healactively.example/Wins/Week?week=2026-W39", Links(message).Single(l => l.AbsolutePath == "/Wins/Week").AbsoluteUri);
    }

    [Fact]
    public async Task The_weekly_email_is_off_by_default_and_its_one_click_unsubscribe_needs_no_sign_in()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = Factory(smtp, HealactivelyFactory.DefaultStart);
        var (quiet, quietEmail) = await Accounts.RegisterPatientAsync(factory, "Europe/London");
        var (client, email) = await Accounts.RegisterPatientAsync(factory, "Europe/London");
        var profile = await HtmlPage.GetOkAsync(quiet, "/Profile");
        Assert.Equal("No weekly email", profile.Find("#WeeklyEmailDay option[selected]")?.TextContent);
        await SetWeeklyAsync(client, "Friday", "18:00");
        profile = await HtmlPage.GetOkAsync(client, "/Profile");
        Assert.Equal(("Fridays", "18:00"), (profile.Find("#WeeklyEmailDay option[selected]")?.TextContent, profile.Find("#WeeklyEmailTime option[selected]")?.TextContent));

        Assert.Equal(0, await RunWeeklyAtAsync(factory, "2026-11-27T17:59:00Z"));
        Assert.Equal(1, await RunWeeklyAtAsync(factory, "2026-11-27T18:00:00Z"));
        var message = Assert.Single(await smtp.WaitForMessagesAsync(email, subject: WeeklySummaryEmail.Subject));
        Assert.Empty(await smtp.MessagesToAsync(quietEmail, WeeklySummaryEmail.Subject));
        var unsubscribe = Links(message).Single(l => l.AbsolutePath == "/Reminders/Unsubscribe");
        Assert.StartsWith("http://healactively.example/", unsubscribe.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal($"<{unsubscribe.AbsoluteUri}>", message.Headers["List-Unsubscribe"]);

        var stranger = factory.CreateBrowser();
        var ask = await HtmlPage.GetAsync(stranger, unsubscribe.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, ask.Status);
        Assert.Contains("Turn off weekly emails", ask.Text, StringComparison.Ordinal);
        var done = await ask.SubmitAsync(stranger, "#unsubscribe-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("Weekly emails are off", done.Text, StringComparison.Ordinal);

        Assert.Equal(0, await RunWeeklyAtAsync(factory, "2026-12-04T18:00:00Z"));
        Assert.Single(await smtp.MessagesToAsync(email, WeeklySummaryEmail.Subject));
    }
}
