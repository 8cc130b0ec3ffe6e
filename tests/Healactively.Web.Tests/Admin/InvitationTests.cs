using System.Net;
using System.Text.RegularExpressions;
using Healactively.Web.Data;
using Healactively.Web.Features.Accounts;
using Healactively.Web.Tests.Infrastructure;
using MimeKit;

namespace Healactively.Web.Tests.Admin;

/// <summary>Invitations leave through a real SMTP server (smtp4dev); following the link sets the password and confirms the email.</summary>
public sealed partial class InvitationTests
{
    [Fact]
    public async Task An_invited_patient_follows_the_emailed_link_chooses_a_password_zone_and_unit_and_signs_in()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = new HealactivelyFactory { Settings = smtp.AppSettings };
        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        var email = Accounts.NewEmail("invited");

        var invited = await InviteAsync(admin.Client, email, "Ines Invited", Roles.Patient);
        Assert.Contains($"Invitation sent to {email}.", invited.Text, StringComparison.Ordinal);
        Assert.Contains("invited", invited.Find("#account-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("no", invited.Find("#account-confirmed")!.TextContent.Trim());
        var userId = Accounts.UserId(factory, email);
        Assert.Single(AdminSteps.AuditRows(factory, AdminAudit.Invite), r => r.TargetUserId == userId && r.ActorId == admin.UserId);

        var message = Assert.Single(await smtp.WaitForMessagesAsync(email));
        Assert.Contains("invitation", message.Subject, StringComparison.OrdinalIgnoreCase);
        var link = InvitationLink(message);
        Assert.StartsWith("/Account/Invitation?", link, StringComparison.Ordinal);

        var visitor = factory.CreateBrowser();
        var page = await HtmlPage.GetOkAsync(visitor, link);
        Assert.Equal(email, page.Find("#invitation-email")!.TextContent);
        Assert.NotNull(page.Find("select[name='Input.TimeZoneId']"));
        var tooShort = await page.SubmitAsync(visitor, "#invitation-form", new Dictionary<string, string?>
        {
            ["Input.Password"] = "short",
            ["Input.ConfirmPassword"] = "short",
            ["Input.TimeZoneId"] = "America/Chicago",
            ["Input.DistanceUnit"] = "Miles",
        });
        Assert.Equal(HttpStatusCode.OK, tooShort.Status);
        Assert.NotEmpty(tooShort.ValidationMessageFor("Input.Password"));

        var set = await tooShort.SubmitAsync(visitor, "#invitation-form", new Dictionary<string, string?>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
            ["Input.TimeZoneId"] = "America/Chicago",
            ["Input.DistanceUnit"] = "Miles",
        });
        Assert.Equal(HttpStatusCode.Redirect, set.Status);
        Assert.Contains("Sign in to start", (await HtmlPage.FollowAsync(visitor, set)).Text, StringComparison.Ordinal);

        var patient = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(patient, email)).Status);
        var profile = await HtmlPage.GetOkAsync(patient, "/Profile");
        Assert.Equal("America/Chicago", profile.Find("select[name='Input.TimeZoneId'] option[selected]")!.GetAttribute("value"));
        Assert.NotNull(profile.Find("#unit-mi[checked]"));
        var account = AdminSteps.Find(factory, userId)!;
        Assert.True(account.EmailConfirmed);
        Assert.Equal("Ines Invited", account.DisplayName);

        var usedAgain = await HtmlPage.GetOkAsync(factory.CreateBrowser(), link);
        Assert.NotNull(usedAgain.Find("#invitation-expired"));
        Assert.Null(usedAgain.Find("#invitation-form"));
    }

    [Fact]
    public async Task An_invited_clinician_is_not_asked_for_a_zone_and_lands_in_the_clinician_area()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = new HealactivelyFactory { Settings = smtp.AppSettings };
        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        var email = Accounts.NewEmail("invited-clinician");
        await InviteAsync(admin.Client, email, "Dr. Invited", Roles.Clinician);

        var visitor = factory.CreateBrowser();
        var page = await HtmlPage.GetOkAsync(visitor, InvitationLink(Assert.Single(await smtp.WaitForMessagesAsync(email))));
        Assert.Null(page.Find("select[name='Input.TimeZoneId']"));
        var set = await page.SubmitAsync(visitor, "#invitation-form", new Dictionary<string, string?>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, set.Status);

        var clinician = factory.CreateBrowser();
        await Accounts.SignInAsync(clinician, email);
        // The clinician area opens only after two-factor is set up, so that is where they land.
        Assert.Equal(TwoFactorSteps.EnrolmentPage, (await HtmlPage.GetOkAsync(clinician, "/")).Url.AbsolutePath);
    }

    [Fact]
    public async Task An_invitation_link_expires_after_seven_days_and_a_new_one_replaces_the_old()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = new HealactivelyFactory { Settings = smtp.AppSettings };
        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        var email = Accounts.NewEmail("invited-late");
        var duplicate = Accounts.NewEmail("invited-twice");
        await InviteAsync(admin.Client, email, "Late Larry", Roles.Patient);
        var first = InvitationLink(Assert.Single(await smtp.WaitForMessagesAsync(email)));

        factory.Clock.Advance(InvitationTokenProvider.Lifespan + TimeSpan.FromMinutes(1));
        Assert.NotNull((await HtmlPage.GetOkAsync(factory.CreateBrowser(), first)).Find("#invitation-expired"));

        // The admin signs in again (the clock moved a week) and sends a new invitation.
        var again = factory.CreateBrowser();
        await Accounts.SignInStaffAgainAsync(factory, again, admin.Email);
        var userId = Accounts.UserId(factory, email);
        Assert.Equal(HttpStatusCode.Redirect, (await AdminSteps.ChangeAsync(again, userId, "resend")).Status);
        var messages = await smtp.WaitForMessagesAsync(email, count: 2);
        var second = InvitationLink(messages[^1]);
        Assert.NotEqual(first, second);
        Assert.NotNull((await HtmlPage.GetOkAsync(factory.CreateBrowser(), second)).Find("#invitation-form"));
        Assert.Single(AdminSteps.AuditRows(factory, AdminAudit.InviteResend), r => r.TargetUserId == userId);

        // Inviting an existing email is refused beside the field.
        var refused = await (await HtmlPage.GetOkAsync(again, "/Admin/Invite")).SubmitAsync(again, "#invite-form", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Someone",
            ["Input.Role"] = Roles.Patient,
        });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("An account with this email already exists.", refused.ValidationMessageFor("Input.Email"));
        var badRole = await (await HtmlPage.GetOkAsync(again, "/Admin/Invite")).SubmitAsync(again, "#invite-form", new Dictionary<string, string?>
        {
            ["Input.Email"] = duplicate,
            ["Input.DisplayName"] = "Someone",
            ["Input.Role"] = "Superuser",
        });
        Assert.Equal(HttpStatusCode.OK, badRole.Status);
        Assert.NotEmpty(badRole.ValidationMessageFor("Input.Role"));
    }

    [Fact]
    public async Task The_invite_form_posted_five_times_at_once_creates_one_account_and_never_fails()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = new HealactivelyFactory { Settings = smtp.AppSettings };
        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        var email = Accounts.NewEmail("invited-at-once");
        var form = await HtmlPage.GetOkAsync(admin.Client, "/Admin/Invite");
        var values = new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.DisplayName"] = "Double Tap", ["Input.Role"] = Roles.Patient };

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => form.SubmitAsync(admin.Client, "#invite-form", values))));

        // One creates the account; the others find it and say so beside the field.
        Assert.Single(answers, a => a.Status == HttpStatusCode.Redirect);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.Redirect), a =>
        {
            Assert.Equal(HttpStatusCode.OK, a.Status);
            Assert.Equal("An account with this email already exists.", a.ValidationMessageFor("Input.Email"));
        });
        var userId = Accounts.UserId(factory, email);
        Assert.Single(AdminSteps.AuditRows(factory, AdminAudit.Invite), r => r.TargetUserId == userId);
    }

    [Fact]
    public async Task An_invitation_accepted_five_times_at_once_sets_one_password_and_never_fails()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = new HealactivelyFactory { Settings = smtp.AppSettings };
        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        var email = Accounts.NewEmail("accepted-at-once");
        await InviteAsync(admin.Client, email, "Quick Quinn", Roles.Patient);
        var link = InvitationLink(Assert.Single(await smtp.WaitForMessagesAsync(email)));
        var visitor = factory.CreateBrowser();
        var page = await HtmlPage.GetOkAsync(visitor, link);
        var values = new Dictionary<string, string?>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
            ["Input.TimeZoneId"] = "Asia/Tokyo",
            ["Input.DistanceUnit"] = "Kilometres",
        };

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() => page.SubmitAsync(visitor, "#invitation-form", values))));

        // One sets the password; the others find the link used (it dies with the first password), never a 500.
        Assert.Single(answers, a => a.Status == HttpStatusCode.Redirect);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.Redirect), a =>
        {
            Assert.Equal(HttpStatusCode.OK, a.Status);
            Assert.NotNull(a.Find("#invitation-expired"));
        });
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(factory.CreateBrowser(), email)).Status);
        Assert.Single(AdminSteps.AuditRows(factory, AdminAudit.InvitationAccepted), r => r.TargetUserId == Accounts.UserId(factory, email));
    }

    private static async Task<HtmlPage> InviteAsync(HttpClient admin, string email, string name, string role)
    {
        var form = await HtmlPage.GetOkAsync(admin, "/Admin/Invite");
        var sent = await form.SubmitAsync(admin, "#invite-form", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = name,
            ["Input.Role"] = role,
        });
        Assert.True(sent.Status == HttpStatusCode.Redirect, $"Invite answered {(int)sent.Status}: {sent.Text}");
        return await HtmlPage.FollowAsync(admin, sent);
    }

    private static string InvitationLink(MimeMessage message)
    {
        var match = Link().Match(message.TextBody ?? string.Empty);
        Assert.True(match.Success, "The invitation has a link in its text part.");
        return new Uri(match.Value).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
