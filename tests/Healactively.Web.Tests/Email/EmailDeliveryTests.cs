using System.Net;
using System.Text.RegularExpressions;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Healactively.Web.Tests.Email;

/// <summary>Emails leave through a real SMTP server (smtp4dev) and their links work when followed.</summary>
public sealed partial class EmailDeliveryTests
{
    [Fact]
    public async Task A_password_reset_email_arrives_over_smtp_and_its_link_sets_a_new_password()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = new HealactivelyFactory { Settings = smtp.AppSettings };
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        await ConfirmEmailAsync(factory, email);

        var client = factory.CreateBrowser();
        var forgot = await HtmlPage.GetOkAsync(client, "/Identity/Account/ForgotPassword");
        var sent = await forgot.SubmitAsync(client, "form", new Dictionary<string, string?> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);

        // Registration sent a confirmation email first.
        var message = Assert.Single(await smtp.WaitForMessagesAsync(email, count: 2), m => m.Subject?.Contains("Reset", StringComparison.OrdinalIgnoreCase) == true);
        Assert.False(string.IsNullOrWhiteSpace(message.TextBody), "Every email has a plain-text part.");
        var link = FirstLink(message);

        const string newPassword = "a different and equally long password";
        var reset = await HtmlPage.GetOkAsync(client, link);
        var done = await reset.SubmitAsync(client, "form", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);

        var signedIn = await Accounts.SignInAsync(factory.CreateBrowser(), email, newPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        var oldPassword = await Accounts.SignInAsync(factory.CreateBrowser(), email);
        Assert.Equal(HttpStatusCode.OK, oldPassword.Status);
    }

    [Fact]
    public async Task Without_an_smtp_server_the_email_is_written_to_the_pickup_folder()
    {
        using var factory = new HealactivelyFactory();
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        await ConfirmEmailAsync(factory, email);

        var client = factory.CreateBrowser();
        var forgot = await HtmlPage.GetOkAsync(client, "/Identity/Account/ForgotPassword");
        await forgot.SubmitAsync(client, "form", new Dictionary<string, string?> { ["Input.Email"] = email });

        var files = Directory.GetFiles(factory.MailPickupFolder, "*.eml");
        var messages = await Task.WhenAll(files.Select(f => MimeMessage.LoadAsync(f)));
        var message = Assert.Single(messages, m => m.Subject?.Contains("Reset", StringComparison.OrdinalIgnoreCase) == true);
        Assert.Equal(email, message.To.Mailboxes.Single().Address);
        Assert.StartsWith("/Identity/Account/ResetPassword", FirstLink(message), StringComparison.Ordinal);
    }

    private static async Task ConfirmEmailAsync(HealactivelyFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email);
        var token = await users.GenerateEmailConfirmationTokenAsync(user!);
        Assert.True((await users.ConfirmEmailAsync(user!, token)).Succeeded);
    }

    /// <summary>The path and query of the first link in the message, to follow with the test client.</summary>
    private static string FirstLink(MimeMessage message)
    {
        var match = Link().Match(message.TextBody ?? message.HtmlBody ?? "");
        Assert.True(match.Success, "The email contains a link.");
        return new Uri(WebUtility.HtmlDecode(match.Value)).PathAndQuery;
    }

    [GeneratedRegex(@"https?://[^\s""'<>)]+")]
    private static partial Regex Link();
}
