using System.Net;
using System.Text.RegularExpressions;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Healactively.Web.Tests.Security;

/// <summary>
/// Every link in every email starts with <c>App:BaseUrl</c>, never with the request's Host header (a forged Host
/// once mailed a victim a reset link to the attacker's site); without AllowedHosts only the base URL's host is served.
/// </summary>
public sealed partial class EmailLinkTests
{
    private const string BaseUrl = "https://app.healactively.example";

    [Fact]
    public async Task Forgot_password_with_a_forged_Host_mails_a_link_to_the_configured_base_url()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = Factory(smtp);
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        await smtp.WaitForMessagesAsync(email);

        var evil = ForgedHost(factory);
        var forgot = await HtmlPage.GetOkAsync(evil, "/Identity/Account/ForgotPassword");
        var sent = await forgot.SubmitAsync(evil, "#forgot-form", new Dictionary<string, string?> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);

        var reset = (await smtp.WaitForMessagesAsync(email, count: 2))[^1];
        AssertEveryLinkStartsWithBaseUrl(reset, "/Identity/Account/ResetPassword?");
    }

    [Fact]
    public async Task Registration_and_resent_confirmation_with_a_forged_Host_mail_links_to_the_configured_base_url()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = Factory(smtp);
        var evil = ForgedHost(factory);
        var (_, email) = await Accounts.RegisterPatientAsync(factory, browser: evil);
        AssertEveryLinkStartsWithBaseUrl(Assert.Single(await smtp.WaitForMessagesAsync(email)), "/Identity/Account/ConfirmEmail?");

        var anonymous = ForgedHost(factory);
        var resend = await HtmlPage.GetOkAsync(anonymous, "/Identity/Account/ResendEmailConfirmation");
        var sent = await resend.SubmitAsync(anonymous, "main form", new Dictionary<string, string?> { ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        AssertEveryLinkStartsWithBaseUrl((await smtp.WaitForMessagesAsync(email, count: 2))[^1], "/Identity/Account/ConfirmEmail?");
    }

    [Fact]
    public async Task An_invitation_sent_through_a_forged_Host_links_to_the_configured_base_url()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = Factory(smtp);
        var (adminEmail, _) = await Accounts.CreateStaffAsync(factory, Roles.Admin, withTwoFactor: true);
        var admin = ForgedHost(factory);
        await Accounts.SignInStaffAgainAsync(factory, admin, adminEmail);
        var email = Accounts.NewEmail("invited");

        var form = await HtmlPage.GetOkAsync(admin, "/Admin/Invite");
        var sent = await form.SubmitAsync(admin, "#invite-form", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.DisplayName"] = "Ines Invited",
            ["Input.Role"] = Roles.Patient,
        });
        Assert.True(sent.Status == HttpStatusCode.Redirect, $"Invite answered {(int)sent.Status}: {sent.Text}");

        AssertEveryLinkStartsWithBaseUrl(Assert.Single(await smtp.WaitForMessagesAsync(email)), "/Account/Invitation?");
    }

    [Fact]
    public async Task Without_AllowedHosts_only_the_base_url_host_is_served_and_a_foreign_Host_gets_400()
    {
        using var factory = new HealactivelyFactory { Settings = new Dictionary<string, string> { ["App:BaseUrl"] = BaseUrl, ["AllowedHosts"] = string.Empty } };

        var foreign = await ForgedHost(factory).GetAsync(new Uri("/Identity/Account/ForgotPassword", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);

        var own = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri(BaseUrl) });
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(new Uri("/Identity/Account/ForgotPassword", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public void Start_up_fails_with_a_clear_message_without_a_base_url()
    {
        using var factory = new HealactivelyFactory { Settings = new Dictionary<string, string> { ["App:BaseUrl"] = string.Empty } };

        var refused = Assert.ThrowsAny<Exception>(() => factory.Services.GetRequiredService<IServiceProvider>());

        var validation = refused as OptionsValidationException ?? Assert.IsType<OptionsValidationException>(refused.GetBaseException());
        Assert.Contains("App:BaseUrl", validation.Message, StringComparison.Ordinal);
    }

    private static HealactivelyFactory Factory(SmtpTestServer smtp) =>
        new() { Settings = new Dictionary<string, string>(smtp.AppSettings) { ["App:BaseUrl"] = BaseUrl } };

    /// <summary>A browser whose requests carry <c>Host: evil.example</c>, as a forged request would.</summary>
    private static HttpClient ForgedHost(HealactivelyFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://evil.example") });

    private static void AssertEveryLinkStartsWithBaseUrl(MimeMessage message, string pathAndQuery)
    {
        var links = Link().Matches(message.TextBody + "\n" + message.HtmlBody).Select(m => WebUtility.HtmlDecode(m.Value)).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith(BaseUrl + "/", link, StringComparison.Ordinal));
        Assert.Contains(links, link => link.StartsWith(BaseUrl + pathAndQuery, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex Link();
}
