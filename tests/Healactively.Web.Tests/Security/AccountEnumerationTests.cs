using System.Diagnostics;
using System.Net;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Security;

/// <summary>
/// Nothing anonymous tells whether an email has an account: not the sign-in answer or its timing, not a
/// registration, not a confirmation page, not a lockout. Wrong recovery codes count toward lockout.
/// </summary>
public sealed class AccountEnumerationTests
{
    /// <summary>
    /// An unknown email used to answer in 6 ms against 285 ms for a wrong password (no hash was checked). Both kinds
    /// of tries are interleaved after a warm-up, so machine noise hits both alike; medians of 30 must agree within 20 %.
    /// </summary>
    [Fact]
    public async Task Signing_in_with_an_unknown_email_takes_as_long_as_a_wrong_password()
    {
        using var factory = new HealactivelyFactory
        {
            // Thirty wrong passwords must not lock the account: this compares the wrong-password path itself.
            TestServices = services => services.Configure<IdentityOptions>(o => o.Lockout.MaxFailedAccessAttempts = 1000),
        };
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        var client = factory.CreateBrowser();
        var page = await HtmlPage.GetOkAsync(client, "/Identity/Account/Login");

        async Task<double> TimeAsync(string address)
        {
            var clock = Stopwatch.StartNew();
            var answer = await page.SubmitAsync(client, "#account", new Dictionary<string, string?> { ["Input.Email"] = address, ["Input.Password"] = "not the right password at all" });
            var elapsed = clock.Elapsed.TotalMilliseconds;
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            return elapsed;
        }

        for (var warmUp = 0; warmUp < 5; warmUp++)
        {
            await TimeAsync(email);
            await TimeAsync(Accounts.NewEmail("nobody"));
        }

        var known = new List<double>();
        var unknown = new List<double>();
        for (var attempt = 0; attempt < 30; attempt++)
        {
            if (attempt % 2 == 0)
            {
                known.Add(await TimeAsync(email));
                unknown.Add(await TimeAsync(Accounts.NewEmail("nobody")));
            }
            else
            {
                unknown.Add(await TimeAsync(Accounts.NewEmail("nobody")));
                known.Add(await TimeAsync(email));
            }
        }

        var knownMedian = Median(known);
        var unknownMedian = Median(unknown);
        Assert.True(
            Math.Abs(knownMedian - unknownMedian) <= 0.2 * Math.Max(knownMedian, unknownMedian),
            $"Median sign-in time: {knownMedian:0.0} ms for a wrong password, {unknownMedian:0.0} ms for an unknown email.");
    }

    [Fact]
    public async Task Wrong_recovery_codes_count_toward_lockout_and_a_locked_account_cannot_use_a_good_one()
    {
        using var factory = new HealactivelyFactory();
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var codes = await TwoFactorSteps.EnableThroughPageAsync(factory, patient);
        var attacker = factory.CreateBrowser();
        var codePage = await HtmlPage.FollowAsync(attacker, await Accounts.SignInAsync(attacker, email));
        var recovery = await HtmlPage.GetOkAsync(attacker, codePage.Find("#use-recovery-code")!.GetAttribute("href")!);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await recovery.SubmitAsync(attacker, "#recovery-form", new Dictionary<string, string?> { ["Input.RecoveryCode"] = $"WRONG-{attempt:00000}" });
        }

        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!), "Five wrong recovery codes lock the account.");
        }

        var good = await recovery.SubmitAsync(attacker, "#recovery-form", new Dictionary<string, string?> { ["Input.RecoveryCode"] = codes[0] });
        Assert.NotEqual("/", good.Response.Headers.Location?.OriginalString);
        Assert.False(await SecuritySteps.IsSignedInAsync(attacker));
    }

    [Fact]
    public async Task Registering_a_taken_address_answers_exactly_like_a_new_one_and_emails_the_owner_instead()
    {
        var smtp = await SmtpTestServer.GetAsync();
        using var factory = new HealactivelyFactory { Settings = smtp.AppSettings };
        var email = Accounts.NewEmail();

        var (first, firstPage) = await RegisterAsync(factory, email, "Owner");
        Assert.Contains("Confirm", Assert.Single(await smtp.WaitForMessagesAsync(email)).Subject, StringComparison.Ordinal);
        var (second, secondPage) = await RegisterAsync(factory, email, "Someone else");

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(first.Status, second.Status);
        Assert.Equal(first.Response.Headers.Location, second.Response.Headers.Location);
        Assert.Equal(CookieNames(first), CookieNames(second));
        Assert.Equal(firstPage.Status, secondPage.Status);
        Assert.Equal(firstPage.Text, secondPage.Text);
        Assert.Contains("Check your email", secondPage.Text, StringComparison.Ordinal);

        var note = (await smtp.WaitForMessagesAsync(email, count: 2))[^1];
        Assert.Contains("tried to register", note.Subject, StringComparison.Ordinal);
        Assert.Contains("sign in", note.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Forgot your password?", note.TextBody, StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Healactively.Web.Data.AppDbContext>();
        Assert.Equal("Owner", Assert.Single(db.Users, u => u.Email == email).DisplayName);
    }

    [Fact]
    public async Task The_registration_confirmation_page_is_the_same_for_any_address()
    {
        using var factory = new HealactivelyFactory();
        var (_, email) = await Accounts.RegisterPatientAsync(factory);

        var known = await HtmlPage.GetAsync(factory.CreateBrowser(), $"/Identity/Account/RegisterConfirmation?email={Uri.EscapeDataString(email)}");
        var unknown = await HtmlPage.GetAsync(factory.CreateBrowser(), $"/Identity/Account/RegisterConfirmation?email={Uri.EscapeDataString(Accounts.NewEmail("nobody"))}");
        var none = await HtmlPage.GetAsync(factory.CreateBrowser(), "/Identity/Account/RegisterConfirmation");

        Assert.Equal(HttpStatusCode.OK, known.Status);
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Equal(HttpStatusCode.OK, none.Status);
        Assert.Equal(known.Text, unknown.Text);
        Assert.Equal(known.Text, none.Text);
    }

    private static async Task<(HtmlPage Answer, HtmlPage Followed)> RegisterAsync(HealactivelyFactory factory, string email, string name)
    {
        var client = factory.CreateBrowser();
        var form = await HtmlPage.GetOkAsync(client, "/Identity/Account/Register");
        var answer = await form.SubmitAsync(client, "#register-form", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
            ["Input.TimeZoneId"] = "Europe/London",
            ["Input.DistanceUnit"] = "Kilometres",
        });
        var followed = await HtmlPage.FollowAsync(client, answer);
        Assert.False(await SecuritySteps.IsSignedInAsync(client), "Registration does not sign in.");
        return (answer, followed);
    }

    private static List<string> CookieNames(HtmlPage page) =>
        page.Response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Select(c => c.Split('=')[0]).Order(StringComparer.Ordinal).ToList() : [];

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }
}
