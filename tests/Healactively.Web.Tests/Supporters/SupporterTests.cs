using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Supporters;

/// <summary>
/// A patient invites a supporter by email, the supporter accepts through the link, and sees exactly the moments of the
/// ticked subjects, in sentences about the patient, and nothing else.
/// </summary>
public sealed class SupporterTests
{
    private const string Marker = "ZQXMARKER";

    [Fact]
    public async Task Invite_email_accept_with_a_new_account_shows_exactly_the_ticked_subjects()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = new HealactivelyFactory { Settings = smtp.AppSettings };
        var (patient, patientEmail) = await Accounts.RegisterPatientAsync(factory, name: "Maya");
        var patientId = Accounts.UserId(factory, patientEmail);
        await SupporterSteps.JournalWithWinsAsync(patient, Marker);
        await PlantClinicianNoteAsync(factory, patientId);
        var email = Accounts.NewEmail("supporter");

        var invited = await SupporterSteps.InviteAsync(patient, email, "Sam", [SupporterSubjectsFor.Sitting, SupporterSubjectsFor.Functional]);
        Assert.Equal(HttpStatusCode.Redirect, invited.Status);
        var supporters = await HtmlPage.FollowAsync(patient, invited);
        Assert.Contains($"Invitation sent to {email}", supporters.Text, StringComparison.Ordinal);
        Assert.Contains("Sam", JournalDays.TextOf(supporters.Find("#pending")), StringComparison.Ordinal);

        var message = Assert.Single(await smtp.WaitForMessagesAsync(email));
        Assert.Contains("Maya", message.Subject, StringComparison.Ordinal);
        var link = SupporterSteps.LinkIn(message);
        Assert.StartsWith("/Supporting/Accept?token=", link, StringComparison.Ordinal);
        var token = Uri.UnescapeDataString(link["/Supporting/Accept?token=".Length..]);
        var stored = Invitations(factory, patientId).Single();
        Assert.NotEqual(token, stored.TokenHash);
        Assert.Equal(64, stored.TokenHash.Length);
        Assert.Equal(HealactivelyFactory.DefaultStart.AddDays(7), stored.ExpiresAt);

        var (supporter, page) = await SupporterSteps.AcceptAsNewAsync(factory, link);
        Assert.Equal($"/Supporting/{patientId}", page.Url.AbsolutePath);
        var subjects = page.FindAll("[data-moment-subject]").Select(e => e.GetAttribute("data-moment-subject")).ToHashSet();
        Assert.Equal(["sitting_minutes", "slept_through_night"], subjects.Order());
        Assert.All(SupporterSteps.MomentTexts(page), text => Assert.DoesNotMatch(SupporterSteps.SecondPerson(), text));
        Assert.Contains(SupporterSteps.MomentTexts(page), text => text.Contains("Maya sat 30 minutes longer than Maya's usual last week", StringComparison.Ordinal));
        Assert.DoesNotContain(Marker, page.Html, StringComparison.Ordinal);

        var supporterId = Accounts.UserId(factory, email);
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var account = await db.Users.SingleAsync(u => u.Id == supporterId);
            Assert.True(account.EmailConfirmed);
            Assert.Equal("Sam Supporter", account.DisplayName);
            var link2 = await db.SupporterLinks.SingleAsync(l => l.SupporterId == supporterId);
            Assert.Equal("sitting functional", link2.Subjects);
            Assert.False(link2.DigestEnabled);
        }

        var home = await HtmlPage.GetOkAsync(supporter, "/");
        Assert.Equal("/Supporting", home.Url.AbsolutePath);
        Assert.Contains("Maya", JournalDays.TextOf(home.Find("#sharing-patients")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await supporter.GetAsync("/Home")).StatusCode);

        var usedAgain = await HtmlPage.GetOkAsync(factory.CreateBrowser(), link);
        Assert.NotNull(usedAgain.Find("#supporter-invitation-dead"));
        Assert.Null(usedAgain.Find("#supporter-register-form"));
    }

    [Fact]
    public async Task A_signed_in_patient_accepts_and_after_a_revoke_a_new_accept_reactivates_the_same_link()
    {
        using var factory = new HealactivelyFactory();
        var (maya, mayaEmail) = await Accounts.RegisterPatientAsync(factory, name: "Maya");
        var mayaId = Accounts.UserId(factory, mayaEmail);
        await SupporterSteps.JournalWithWinsAsync(maya, Marker);
        var (leo, leoEmail) = await Accounts.RegisterPatientAsync(factory, name: "Leo");

        await SupporterSteps.InviteAsync(maya, leoEmail, "Leo");
        await AcceptSignedInAsync(leo, SupporterSteps.LinkFromPickup(factory, leoEmail), mayaId);
        Assert.Equal(HttpStatusCode.OK, (await leo.GetAsync("/Home")).StatusCode);
        var shared = await HtmlPage.GetOkAsync(leo, $"/Supporting/{mayaId}");
        Assert.Equal(
            ["journal", "sitting_minutes", "slept_through_night", "walking_meters"],
            shared.FindAll("[data-moment-subject]").Select(e => e.GetAttribute("data-moment-subject")).Distinct().Order());

        var list = await HtmlPage.GetOkAsync(maya, "/Supporters");
        var linkId = list.Find("#supporters .supporter")!.GetAttribute("data-link-id");
        Assert.Contains("Leo", JournalDays.TextOf(list.Find("#supporters")), StringComparison.Ordinal);
        var confirm = await HtmlPage.GetOkAsync(maya, $"/Supporters/Revoke/{linkId}");
        var revoked = await confirm.SubmitAsync(maya, "#revoke-supporter-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, revoked.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await leo.GetAsync($"/Supporting/{mayaId}")).StatusCode);
        Assert.NotNull((await HtmlPage.GetOkAsync(leo, "/Supporting")).Find("#no-sharing"));

        // Invited again with pain too: the one link comes back with the new subjects.
        await SupporterSteps.InviteAsync(maya, leoEmail, "Leo", [SupporterSubjectsFor.Pain]);
        await AcceptSignedInAsync(leo, SupporterSteps.LinkFromPickup(factory, leoEmail), mayaId);
        var again = await HtmlPage.GetOkAsync(leo, $"/Supporting/{mayaId}");
        Assert.Equal(["pain"], again.FindAll("[data-moment-subject]").Select(e => e.GetAttribute("data-moment-subject")).Distinct());
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var link = await db.SupporterLinks.AsNoTracking().SingleAsync(l => l.PatientId == mayaId);
        Assert.Null(link.RevokedAt);
        Assert.Equal("pain", link.Subjects);
    }

    [Fact]
    public async Task Clinicians_admins_and_the_patient_themselves_cannot_accept_and_the_link_keeps_working()
    {
        using var factory = new HealactivelyFactory();
        var (maya, mayaEmail) = await Accounts.RegisterPatientAsync(factory, name: "Maya");
        var mayaId = Accounts.UserId(factory, mayaEmail);
        foreach (var role in new[] { Roles.Clinician, Roles.Admin })
        {
            var (staff, staffEmail, _) = await Accounts.SignInStaffAsync(factory, role);
            await SupporterSteps.InviteAsync(maya, staffEmail);
            var link = SupporterSteps.LinkFromPickup(factory, staffEmail);
            var page = await HtmlPage.GetOkAsync(staff, link);
            Assert.Contains("cannot be supporters", JournalDays.TextOf(page.Find("#supporter-refused")), StringComparison.Ordinal);
            Assert.Null(page.Find("#supporter-accept-form"));

            // Posting anyway changes nothing.
            var forged = await HtmlPage.GetOkAsync(staff, link);
            var token = Uri.UnescapeDataString(link["/Supporting/Accept?token=".Length..]);
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token, ["__RequestVerificationToken"] = AntiforgeryOf(forged) });
            var posted = await staff.PostAsync("/Supporting/Accept?handler=Accept", content);
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/Supporting/{mayaId}")).StatusCode);
        }

        Assert.All(Invitations(factory, mayaId), i => Assert.Null(i.UsedAt));
        using var scope = factory.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().SupporterLinks.AnyAsync());

        var own = await SupporterSteps.InviteAsync(maya, mayaEmail);
        Assert.Equal(HttpStatusCode.OK, own.Status);
        Assert.Contains("your own address", own.ValidationMessageFor("Input.Email"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Expired_used_cancelled_and_unknown_links_get_the_same_answer_and_create_nothing()
    {
        using var factory = new HealactivelyFactory();
        var (maya, mayaEmail) = await Accounts.RegisterPatientAsync(factory, name: "Maya");
        var mayaId = Accounts.UserId(factory, mayaEmail);

        var expiredEmail = Accounts.NewEmail("expired");
        await SupporterSteps.InviteAsync(maya, expiredEmail);
        var expired = SupporterSteps.LinkFromPickup(factory, expiredEmail);
        var lateVisitor = factory.CreateBrowser();
        var openPage = await HtmlPage.GetOkAsync(lateVisitor, expired);

        var cancelledEmail = Accounts.NewEmail("cancelled");
        await SupporterSteps.InviteAsync(maya, cancelledEmail);
        var cancelled = SupporterSteps.LinkFromPickup(factory, cancelledEmail);
        var list = await HtmlPage.GetOkAsync(maya, "/Supporters");
        var cancel = await list.SubmitAsync(maya, "#pending li:nth-child(2) .cancel-invitation-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, cancel.Status);
        var pending = JournalDays.TextOf((await HtmlPage.FollowAsync(maya, cancel)).Find("#pending"));
        Assert.Contains(expiredEmail, pending, StringComparison.Ordinal);
        Assert.DoesNotContain(cancelledEmail, pending, StringComparison.Ordinal);

        var usedEmail = Accounts.NewEmail("used");
        await SupporterSteps.InviteAsync(maya, usedEmail);
        var used = SupporterSteps.LinkFromPickup(factory, usedEmail);
        await SupporterSteps.AcceptAsNewAsync(factory, used);
        factory.Clock.Advance(TimeSpan.FromDays(7)); // the first invitation's last instant has passed

        foreach (var link in new[] { expired, cancelled, used, "/Supporting/Accept?token=" + new string('A', 43), "/Supporting/Accept?token=%3Cb%3E", "/Supporting/Accept" })
        {
            var page = await HtmlPage.GetOkAsync(factory.CreateBrowser(), link);
            Assert.NotNull(page.Find("#supporter-invitation-dead"));
            Assert.Null(page.Find("#supporter-register-form"));
        }

        // The form shown before the link expired, posted after: refused, no account.
        var late = await openPage.SubmitAsync(lateVisitor, "#supporter-register-form", new Dictionary<string, string?>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
        });
        Assert.Equal(HttpStatusCode.OK, late.Status);
        Assert.NotNull(late.Find("#supporter-invitation-dead"));
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.Users.AnyAsync(u => u.Email == expiredEmail || u.Email == cancelledEmail));
        Assert.Equal(1, await db.SupporterLinks.CountAsync(l => l.PatientId == mayaId));
    }

    [Fact]
    public async Task Bad_invitations_get_a_message_and_change_nothing_and_pending_ones_are_bounded()
    {
        using var factory = new HealactivelyFactory();
        var (maya, mayaEmail) = await Accounts.RegisterPatientAsync(factory, name: "Maya");
        var mayaId = Accounts.UserId(factory, mayaEmail);

        var bad = await SupporterSteps.InviteAsync(maya, "not an email");
        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.NotEmpty(bad.ValidationMessageFor("Input.Email"));
        var longName = await SupporterSteps.InviteAsync(maya, Accounts.NewEmail("x"), new string('n', 200));
        Assert.Equal(HttpStatusCode.OK, longName.Status);
        Assert.NotEmpty(longName.ValidationMessageFor("Input.Name"));
        Assert.Empty(Invitations(factory, mayaId));

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SupporterSteps.InviteAsync(maya, Accounts.NewEmail("many"))).Status);
        }

        var tooMany = await SupporterSteps.InviteAsync(maya, Accounts.NewEmail("many"));
        Assert.Equal(HttpStatusCode.OK, tooMany.Status);
        Assert.Contains("10 invitations waiting", tooMany.Text, StringComparison.Ordinal);
        Assert.Equal(10, Invitations(factory, mayaId).Count);

        // A forged subject is not stored; an unknown link id is a 404.
        Assert.All(Invitations(factory, mayaId), i => Assert.Equal("sitting walking functional streak flare", i.Subjects));
        Assert.Equal(HttpStatusCode.NotFound, (await maya.GetAsync("/Supporters/Edit/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await maya.GetAsync("/Supporters/Revoke/999999")).StatusCode);
    }

    internal static async Task PlantClinicianNoteAsync(HealactivelyFactory factory, string patientId)
    {
        var (_, clinicianId) = await Accounts.CreateStaffAsync(factory, Roles.Clinician);
        await Accounts.LinkAsync(factory, patientId, clinicianId);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var wins = await db.Wins.AsNoTracking().Where(w => w.PatientId == patientId).ToListAsync();
        db.ClinicianNotes.AddRange(wins.Select(w => new ClinicianNote
        {
            PatientId = patientId,
            ClinicianId = clinicianId,
            Date = w.Date,
            WinKind = w.Kind,
            WinMetric = w.Metric,
            WinWindow = w.Window,
            Text = $"note {Marker}",
            CreatedAt = factory.Clock.GetUtcNow(),
        }));
        db.ClinicianNotes.Add(new ClinicianNote { PatientId = patientId, ClinicianId = clinicianId, Date = new DateOnly(2026, 11, 23), Text = $"week note {Marker}", CreatedAt = factory.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
    }

    private static async Task AcceptSignedInAsync(HttpClient client, string link, string patientId)
    {
        var page = await HtmlPage.GetOkAsync(client, link);
        var accepted = await page.SubmitAsync(client, "#supporter-accept-form", new Dictionary<string, string?>());
        Assert.True(accepted.Status == HttpStatusCode.Redirect, $"Accepting answered {(int)accepted.Status}: {accepted.Text}");
        Assert.Equal($"/Supporting/{patientId}", accepted.Response.Headers.Location!.OriginalString);
    }

    private static string AntiforgeryOf(HtmlPage page) =>
        page.Find("input[name='__RequestVerificationToken']")?.GetAttribute("value") ?? string.Empty;

    private static List<SupporterInvitation> Invitations(HealactivelyFactory factory, string patientId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.SupporterInvitations.AsNoTracking().Where(i => i.PatientId == patientId).OrderBy(i => i.Id).ToList();
    }

    private static class SupporterSubjectsFor
    {
        public const string Sitting = "sitting";
        public const string Functional = "functional";
        public const string Pain = "pain";
    }

}
