using System.Net;
using System.Text.RegularExpressions;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Healactively.Web.Tests.Email;

/// <summary>
/// Email confirmation and password reset through the real SMTP server (smtp4dev): links are followed from the
/// plain-text part of the emails received, as a user would click them.
/// </summary>
public sealed partial class AccountEmailTests
{
    private const string NewPassword = "a different and equally long password";

    [Fact]
    public async Task Registration_sends_a_confirmation_link_and_the_patient_uses_the_app_meanwhile_with_a_calm_reminder()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = new HealactivelyFactory { Settings = smtp.AppSettings };
        var (client, email) = await Accounts.RegisterPatientAsync(factory);

        var message = Assert.Single(await smtp.WaitForMessagesAsync(email));
        Assert.Contains("Confirm", message.Subject, StringComparison.Ordinal);
        var link = TextLink(message, "/Identity/Account/ConfirmEmail");

        await JournalForms.SaveAsync(client, "2026-11-24", JournalForms.Values(("Pain", "4")));
        var home = await HtmlPage.GetOkAsync(client, "/Home");
        Assert.Contains(email, home.Find("#email-confirmation-notice")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await HtmlPage.GetOkAsync(client, "/Identity/Account/Manage/Index")).Find("#email-confirmation-notice"));

        var confirmed = await HtmlPage.GetOkAsync(client, link);
        Assert.NotNull(confirmed.Find("#email-confirmed"));
        Assert.True(await IsConfirmedAsync(factory, email));
        Assert.Null((await HtmlPage.GetOkAsync(client, "/Home")).Find("#email-confirmation-notice"));
    }

    [Fact]
    public async Task The_reminder_sends_a_new_link_that_works()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = new HealactivelyFactory { Settings = smtp.AppSettings };
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await smtp.WaitForMessagesAsync(email);

        var home = await HtmlPage.GetOkAsync(client, "/Home");
        var sent = await HtmlPage.FollowAsync(client, await home.SubmitAsync(client, "#email-confirmation-notice", new Dictionary<string, string?>()));
        Assert.NotNull(sent.Find("#confirmation-sent"));

        var messages = await smtp.WaitForMessagesAsync(email, count: 2);
        var confirmed = await HtmlPage.GetOkAsync(factory.CreateBrowser(), TextLink(messages[^1], "/Identity/Account/ConfirmEmail"));
        Assert.NotNull(confirmed.Find("#email-confirmed"));
        Assert.True(await IsConfirmedAsync(factory, email));
    }

    [Fact]
    public async Task A_broken_confirmation_link_offers_a_new_one_and_confirms_nothing()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = new HealactivelyFactory { Settings = smtp.AppSettings };
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        var link = TextLink(Assert.Single(await smtp.WaitForMessagesAsync(email)), "/Identity/Account/ConfirmEmail");

        var tampered = await HtmlPage.GetOkAsync(factory.CreateBrowser(), link[..^3] + "abc");
        Assert.NotNull(tampered.Find("#email-not-confirmed"));
        var garbage = await HtmlPage.GetOkAsync(factory.CreateBrowser(), "/Identity/Account/ConfirmEmail?userId=x&code=%%%");
        Assert.NotNull(garbage.Find("#email-not-confirmed"));
        Assert.False(await IsConfirmedAsync(factory, email));
    }

    [Fact]
    public async Task Forgot_password_gives_the_same_answer_for_unknown_and_existing_accounts_and_mails_only_the_account()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = new HealactivelyFactory { Settings = smtp.AppSettings };
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        await smtp.WaitForMessagesAsync(email);
        var unknown = Accounts.NewEmail("nobody");

        var known = await RequestResetAsync(factory, email);
        var missing = await RequestResetAsync(factory, unknown);

        Assert.Equal(known.Response.Headers.Location, missing.Response.Headers.Location);
        var knownPage = await HtmlPage.FollowAsync(factory.CreateBrowser(), known);
        var missingPage = await HtmlPage.FollowAsync(factory.CreateBrowser(), missing);
        Assert.Equal(knownPage.Text, missingPage.Text);
        Assert.Contains("If an account uses that address", knownPage.Text, StringComparison.Ordinal);

        Assert.Equal(2, (await smtp.WaitForMessagesAsync(email, count: 2)).Count);
        Assert.Empty(await smtp.MessagesToAsync(unknown));
    }

    [Fact]
    public async Task A_reset_link_works_once_and_confirms_the_email_of_an_unconfirmed_account()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = new HealactivelyFactory { Settings = smtp.AppSettings };
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        await smtp.WaitForMessagesAsync(email);
        Assert.False(await IsConfirmedAsync(factory, email));

        await RequestResetAsync(factory, email);
        var reset = (await smtp.WaitForMessagesAsync(email, count: 2))[^1];
        Assert.Contains("Reset", reset.Subject, StringComparison.Ordinal);
        Assert.NotNull(reset.HtmlBody);
        var link = TextLink(reset, "/Identity/Account/ResetPassword");

        var browser = factory.CreateBrowser();
        var form = await HtmlPage.GetOkAsync(browser, link);
        Assert.Equal(email, form.Find("#reset-account")?.GetAttribute("value"));
        var mismatch = await form.SubmitAsync(browser, "#reset-form", new Dictionary<string, string?> { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = "something else entirely" });
        Assert.Equal(HttpStatusCode.OK, mismatch.Status);
        Assert.Contains("do not match", mismatch.ValidationMessageFor("Input.ConfirmPassword"), StringComparison.Ordinal);
        var done = await mismatch.SubmitAsync(browser, "#reset-form", new Dictionary<string, string?> { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.NotNull((await HtmlPage.FollowAsync(browser, done)).Find("#reset-done"));

        Assert.True(await IsConfirmedAsync(factory, email));
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(factory.CreateBrowser(), email, NewPassword)).Status);

        // The same link a second time: refused, on the page and on a replayed form post.
        var again = await HtmlPage.GetOkAsync(factory.CreateBrowser(), link);
        Assert.NotNull(again.Find("#reset-link-invalid"));
        Assert.Null(again.Find("#reset-form"));
        var replay = await form.SubmitAsync(browser, "#reset-form", new Dictionary<string, string?> { ["Input.Password"] = "yet another long password", ["Input.ConfirmPassword"] = "yet another long password" });
        Assert.NotNull(replay.Find("#reset-link-invalid"));
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(factory.CreateBrowser(), email, NewPassword)).Status);
    }

    [Fact]
    public async Task A_reset_link_expires_after_two_hours()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = new HealactivelyFactory { Settings = smtp.AppSettings };
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        await smtp.WaitForMessagesAsync(email);
        await RequestResetAsync(factory, email);
        var link = TextLink((await smtp.WaitForMessagesAsync(email, count: 2))[^1], "/Identity/Account/ResetPassword");

        factory.Clock.Advance(TimeSpan.FromMinutes(119));
        Assert.NotNull((await HtmlPage.GetOkAsync(factory.CreateBrowser(), link)).Find("#reset-form"));

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await HtmlPage.GetOkAsync(factory.CreateBrowser(), link);
        Assert.NotNull(expired.Find("#reset-link-invalid"));
        Assert.Contains("Send me a new link", expired.Text, StringComparison.Ordinal);
    }

    private static async Task<HtmlPage> RequestResetAsync(HealactivelyFactory factory, string email)
    {
        var client = factory.CreateBrowser();
        var forgot = await HtmlPage.GetOkAsync(client, "/Identity/Account/ForgotPassword");
        var sent = await forgot.SubmitAsync(client, "#forgot-form", new Dictionary<string, string?> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        return sent;
    }

    private static async Task<bool> IsConfirmedAsync(HealactivelyFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return (await users.FindByEmailAsync(email))!.EmailConfirmed;
    }

    /// <summary>The path and query of the link in the plain-text part (every email has one), checked to lead to the expected page.</summary>
    private static string TextLink(MimeMessage message, string page)
    {
        Assert.False(string.IsNullOrWhiteSpace(message.TextBody), "Every email has a plain-text part.");
        var match = Link().Match(message.TextBody);
        Assert.True(match.Success, $"The text part holds a link: {message.TextBody}");
        var path = new Uri(match.Value).PathAndQuery;
        Assert.StartsWith(page + "?", path, StringComparison.Ordinal);
        return path;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
