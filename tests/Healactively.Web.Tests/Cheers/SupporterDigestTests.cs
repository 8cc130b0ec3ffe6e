using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Reminders;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Healactively.Web.Tests.Reminders.ReminderSteps;

namespace Healactively.Web.Tests.Cheers;

/// <summary>
/// The supporter digest: at the patient's weekly day and time, only supporters the patient opted in (linked, not
/// unsubscribed) get the week's shared moments in third-person sentences, once per ISO week; never a ticked-off
/// subject, free text or a clinician note; the supporter's own unsubscribe (the RFC 8058 one-click POST of the
/// List-Unsubscribe header, or the page of the link) works without sign-in and stops the next week's.
/// </summary>
public sealed class SupporterDigestTests
{
    private const string Marker = "ZQX-PRIVATE-MARKER";

    private static async Task<int> RunWeeklyAtAsync(HealactivelyFactory factory, DateTimeOffset at)
    {
        factory.Clock.SetUtcNow(at);
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WeeklySummaryRun>().RunOnceAsync(CancellationToken.None);
    }

    private static async Task<(string Email, long LinkId)> SupporterAsync(
        HealactivelyFactory factory, string patientId, string name, bool digest, bool unsubscribed = false, bool revoked = false)
    {
        var email = Accounts.NewEmail("supporter");
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        Assert.True((await users.CreateAsync(user, Accounts.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Supporter)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = factory.Clock.GetUtcNow();
        var link = new SupporterLink
        {
            PatientId = patientId,
            SupporterId = user.Id,
            Name = name,
            Subjects = CheerSteps.DefaultSubjects,
            CreatedAt = now,
            DigestEnabled = digest,
            DigestUnsubscribedAt = unsubscribed ? now : null,
            RevokedAt = revoked ? now : null,
        };
        db.SupporterLinks.Add(link);
        await db.SaveChangesAsync();
        return (email, link.Id);
    }

    [Fact]
    public async Task Only_opted_in_supporters_get_the_shared_week_once_without_private_text_and_their_unsubscribe_stops_the_next()
    {
        var smtp = await SmtpTestServer.GetAsync();
        // Wednesday 25 November 2026, London (UTC in winter).
        using var factory = Factory(smtp, new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        var (patient, patientEmail) = await Accounts.RegisterPatientAsync(factory, "Europe/London", name: "Amara");
        var patientId = Accounts.UserId(factory, patientEmail);
        await JournalDays.SaveAsync(patient,
            ("2026-11-19", [("Pain", "5"), ("SittingMinutes", "30"), ("EasierToday", Marker + " easier"), ("Triggers", Marker + " trigger"), ("Helped", Marker + " helped")]),
            ("2026-11-20", [("Pain", "5"), ("SittingMinutes", "30")]),
            ("2026-11-21", [("Pain", "5"), ("SittingMinutes", "30")]),
            ("2026-11-22", [("Pain", "5"), ("SittingMinutes", "30")]),
            ("2026-11-23", [("Pain", "3"), ("SittingMinutes", "30")]),
            ("2026-11-24", [("Pain", "5"), ("SittingMinutes", "45"), ("StoodWithoutWincing", "true"),
                ("EasierToday", Marker + " easier"), ("Triggers", Marker + " trigger"), ("Helped", Marker + " helped")]),
            ("2026-11-25", [("Pain", "5"), ("SittingMinutes", "30")]));
        var profile = await HtmlPage.GetOkAsync(patient, "/Profile");
        Assert.Equal(HttpStatusCode.Redirect, (await profile.SubmitAsync(patient, "#profile-form",
            new Dictionary<string, string?> { ["WeeklyEmailDay"] = "Sunday", ["WeeklyEmailTime"] = "18:00" })).Status);
        var (_, clinicianId) = await Accounts.CreateStaffAsync(factory, Roles.Clinician, "Dr. Osei");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ClinicianNotes.Add(new ClinicianNote { PatientId = patientId, ClinicianId = clinicianId, Date = new DateOnly(2026, 11, 24), Text = Marker + " note", CreatedAt = factory.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        var (jo, joLink) = await SupporterAsync(factory, patientId, "Jo", digest: true);
        var (kim, _) = await SupporterAsync(factory, patientId, "Kim", digest: true);
        var (notOptedIn, _) = await SupporterAsync(factory, patientId, "Lee", digest: false);
        var (unsubscribed, _) = await SupporterAsync(factory, patientId, "Max", digest: true, unsubscribed: true);
        var (revoked, _) = await SupporterAsync(factory, patientId, "Ned", digest: true, revoked: true);

        // Sunday 29 November, 17:59 and 18:00 in London: the patient's own email and Jo's and Kim's digests.
        Assert.Equal(0, await RunWeeklyAtAsync(factory, new DateTimeOffset(2026, 11, 29, 17, 59, 0, TimeSpan.Zero)));
        Assert.Equal(3, await RunWeeklyAtAsync(factory, new DateTimeOffset(2026, 11, 29, 18, 0, 0, TimeSpan.Zero)));
        Assert.Equal(0, await RunWeeklyAtAsync(factory, new DateTimeOffset(2026, 11, 29, 20, 0, 0, TimeSpan.Zero)));

        var message = Assert.Single(await smtp.WaitForMessagesAsync(jo, subject: "Amara's week in wins"));
        Assert.Single(await smtp.WaitForMessagesAsync(kim, subject: "Amara's week in wins"));
        foreach (var nobody in new[] { notOptedIn, unsubscribed, revoked })
        {
            Assert.Empty(await smtp.MessagesToAsync(nobody));
        }

        Assert.Contains("Hello Jo,", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Amara sat 15 minutes longer", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Amara stood up without wincing.", message.TextBody, StringComparison.Ordinal);
        foreach (var body in new[] { message.TextBody, message.HtmlBody })
        {
            Assert.DoesNotContain(Marker, body, StringComparison.Ordinal);
            Assert.DoesNotContain("pain", body, StringComparison.OrdinalIgnoreCase); // pain is not ticked for Jo
            // The sentences are about Amara, never to her ("You sat …", "your usual").
            Assert.DoesNotContain("You sat", body, StringComparison.Ordinal);
            Assert.DoesNotContain("your usual", body, StringComparison.OrdinalIgnoreCase);
        }

        var links = Links(message);
        Assert.All(links, l => Assert.StartsWith("http://healactively.example/", l.AbsoluteUri, StringComparison.Ordinal));
        Assert.Contains(links, l => l.AbsolutePath == $"/Supporting/{patientId}");
        var header = message.Headers["List-Unsubscribe"]!;
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        var oneClick = new Uri(header.Trim('<', '>'));
        Assert.StartsWith("http://healactively.example/Reminders/Unsubscribe/OneClick?token=", oneClick.AbsoluteUri, StringComparison.Ordinal);

        // Jo's mail program: the RFC 8058 POST, with no cookie and no antiforgery token.
        using var mailProgram = factory.CreateBrowser();
        using var body8058 = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        Assert.Equal(HttpStatusCode.OK, (await mailProgram.PostAsync(oneClick.PathAndQuery, body8058)).StatusCode);
        using var forged = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);
        Assert.Equal(HttpStatusCode.BadRequest, (await mailProgram.PostAsync("/Reminders/Unsubscribe/OneClick?token=forged", forged)).StatusCode);

        // Kim: the link in the email, a page with one button, no sign-in.
        var kimMessage = Assert.Single(await smtp.WaitForMessagesAsync(kim, subject: "Amara's week in wins"));
        var pageLink = Links(kimMessage).Single(l => l.AbsolutePath == "/Reminders/Unsubscribe");
        using var kimBrowser = factory.CreateBrowser();
        var page = await HtmlPage.GetOkAsync(kimBrowser, pageLink.PathAndQuery);
        var done = await page.SubmitAsync(kimBrowser, "#unsubscribe-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.NotNull(done.Find("#unsubscribe-done"));

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var link = await db.SupporterLinks.SingleAsync(l => l.Id == joLink);
            Assert.NotNull(link.DigestUnsubscribedAt);
            Assert.Equal("2026-W48", link.DigestLastWeek);
        }

        // The next Sunday: only the patient's own email.
        Assert.Equal(1, await RunWeeklyAtAsync(factory, new DateTimeOffset(2026, 12, 6, 18, 0, 0, TimeSpan.Zero)));
        Assert.Single(await smtp.MessagesToAsync(jo));
        Assert.Single(await smtp.MessagesToAsync(kim));
        Assert.Equal(2, (await smtp.WaitForMessagesAsync(patientEmail, count: 2, subject: WeeklySummaryEmail.Subject)).Count);
    }

    [Fact]
    public async Task A_patient_without_a_weekly_email_of_their_own_still_has_the_digest_sent_on_sunday_evening_their_time()
    {
        var smtp = await SmtpTestServer.GetAsync();
        // Wednesday 25 November 2026; Auckland is 13 hours ahead of UTC in summer.
        using var factory = Factory(smtp, new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero));
        var (patient, patientEmail) = await Accounts.RegisterPatientAsync(factory, "Pacific/Auckland", name: "Aroha");
        var patientId = Accounts.UserId(factory, patientEmail);
        await JournalDays.SaveAsync(patient,
            ("2026-11-20", [("SittingMinutes", "30")]),
            ("2026-11-21", [("SittingMinutes", "30")]),
            ("2026-11-22", [("SittingMinutes", "30")]),
            ("2026-11-23", [("SittingMinutes", "30")]),
            ("2026-11-24", [("SittingMinutes", "45")]));
        var (jo, _) = await SupporterAsync(factory, patientId, "Jo", digest: true);

        // Sunday 29 November 17:59 and 18:00 in Auckland are 04:59 and 05:00 UTC.
        Assert.Equal(0, await RunWeeklyAtAsync(factory, new DateTimeOffset(2026, 11, 29, 4, 59, 0, TimeSpan.Zero)));
        Assert.Equal(1, await RunWeeklyAtAsync(factory, new DateTimeOffset(2026, 11, 29, 5, 0, 0, TimeSpan.Zero)));
        var message = Assert.Single(await smtp.WaitForMessagesAsync(jo, subject: "Aroha's week in wins"));
        Assert.Contains("Aroha sat 15 minutes longer", message.TextBody, StringComparison.Ordinal);
        Assert.Empty(await smtp.MessagesToAsync(patientEmail, subject: WeeklySummaryEmail.Subject));
    }
}
