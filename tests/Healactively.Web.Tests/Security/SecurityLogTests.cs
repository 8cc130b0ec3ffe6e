using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;
using Serilog.Events;

namespace Healactively.Web.Tests.Security;

/// <summary>Sign-ins, failures, lockouts, sign-outs, password changes and refusals are logged with the user id and no personal data.</summary>
public sealed class SecurityLogTests : IDisposable
{
    private readonly HealactivelyFactory _factory = new()
    {
        Settings = new Dictionary<string, string> { ["Serilog:MinimumLevel:Override:Healactively.Web.Features.Accounts.SecurityEvents"] = "Information" },
    };

    private CapturedLogs _log => _factory.Logs;

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_patient_s_account_events_are_logged_by_user_id_only()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(_factory);
        var userId = Accounts.UserId(_factory, email);

        await SecuritySteps.SignInAndCopyCookieAsync(client, email);
        Assert.Equal(HttpStatusCode.OK, (await Accounts.SignInAsync(_factory.CreateBrowser(), email, "not the right password at all")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await SecuritySteps.ChangePasswordAsync(client, Accounts.Password, "a different and long sentence")).Status);
        await SecuritySteps.SignOutAsync(client);

        Assert.Equal(
            // Registration does not sign in: the first sign-in is the registration helper's, the second the test's.
            ["Sign-in succeeded for user {UserId}", "Sign-in succeeded for user {UserId}", "Sign-in failed for user {UserId}: wrong password", "User {UserId} changed their password", "User {UserId} signed out; their other sessions end within a minute"],
            _log.For(userId).Select(e => e.MessageTemplate.Text));
        AssertNoPersonalData(email);
    }

    [Fact]
    public async Task A_lockout_and_an_unknown_address_are_logged_without_the_address()
    {
        var (_, email) = await Accounts.RegisterPatientAsync(_factory);
        var userId = Accounts.UserId(_factory, email);
        var client = _factory.CreateBrowser();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Accounts.SignInAsync(client, email, "not the right password at all");
        }

        var unknown = Accounts.NewEmail("nobody");
        await Accounts.SignInAsync(client, unknown, "not the right password at all");

        Assert.Contains(_log.For(userId), e => e.MessageTemplate.Text == "Sign-in refused for user {UserId}: the account is locked out");
        Assert.Contains(_log.Events, e => e.MessageTemplate.Text == "Sign-in failed: no account has the address given");
        AssertNoPersonalData(email);
        AssertNoPersonalData(unknown);
    }

    [Fact]
    public async Task A_refused_page_is_logged_with_who_asked_for_what()
    {
        var (client, _, clinicianId) = await Accounts.SignInStaffAsync(_factory, Roles.Clinician);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Journal")).StatusCode);

        var denied = Assert.Single(_log.For(clinicianId), e => e.MessageTemplate.Text.StartsWith("Access denied", StringComparison.Ordinal));
        Assert.Equal("\"/Journal\"", denied.Properties["Path"].ToString());
        Assert.Equal(LogEventLevel.Warning, denied.Level);
    }

    private void AssertNoPersonalData(string email)
    {
        var rendered = _log.Events.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture) + string.Join(' ', e.Properties.Values)).ToList();
        Assert.DoesNotContain(rendered, text => text.Contains(email, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(rendered, text => text.Contains(Accounts.Password, StringComparison.Ordinal));
    }
}
