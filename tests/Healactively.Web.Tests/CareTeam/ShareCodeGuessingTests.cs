using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.CareTeam;

/// <summary>
/// Share codes are short: typing them is limited per account and per client address (429 with Retry-After), and
/// after a few codes that were not found, entry is paused even for a good code, with a clear message.
/// </summary>
public sealed class ShareCodeGuessingTests
{
    [Fact]
    public async Task Share_code_entry_is_limited_per_account_whatever_the_address()
    {
        using var factory = new HealactivelyFactory { Settings = new Dictionary<string, string> { ["CodeGuessing:PermitLimit"] = "3" } };
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            From(clinician.Client, $"203.0.113.{attempt}");
            Assert.Equal(HttpStatusCode.BadRequest, (await CareTeamSteps.RedeemAsync(clinician.Client, "ABCD-EFGH")).Status);
        }

        From(clinician.Client, "203.0.113.99");
        var paused = await CareTeamSteps.RedeemAsync(clinician.Client, "ABCD-EFGH");
        Assert.Equal(HttpStatusCode.TooManyRequests, paused.Status);
        Assert.NotNull(paused.Response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Share_code_entry_is_limited_per_address_across_accounts_and_on_every_URL()
    {
        using var factory = new HealactivelyFactory { Settings = new Dictionary<string, string> { ["CodeGuessing:PermitLimit"] = "3" } };
        var first = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var second = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        From(first.Client, "198.51.100.7");
        From(second.Client, "198.51.100.7");

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await CareTeamSteps.RedeemAsync(first.Client, "ABCD-EFGH")).Status);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await CareTeamSteps.RedeemAsync(second.Client, "ABCD-EFGH")).Status);
        using var empty = new FormUrlEncodedContent(new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await second.Client.PostAsync(new Uri("/clinician/link/", UriKind.Relative), empty)).StatusCode);
    }

    [Fact]
    public async Task After_too_many_wrong_codes_even_a_good_code_is_refused_with_a_clear_message()
    {
        using var factory = new HealactivelyFactory { Settings = new Dictionary<string, string> { ["CodeGuessing:FailureLimit"] = "3" } };
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        From(clinician.Client, "192.0.2.10");
        var code = await CareTeamSteps.CreateCodeAsync(patient);

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await CareTeamSteps.RedeemAsync(clinician.Client, "ABCD-EFGH")).Status);
        }

        var refused = await CareTeamSteps.RedeemAsync(clinician.Client, code);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Contains("Too many codes did not work", refused.ValidationMessageFor("Input.Code"), StringComparison.Ordinal);
        Assert.Empty(CareTeamSteps.Links(factory, Accounts.UserId(factory, email)));

        // Another clinician at another address is not affected.
        var colleague = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        From(colleague.Client, "192.0.2.11");
        Assert.Equal(HttpStatusCode.Redirect, (await CareTeamSteps.RedeemAsync(colleague.Client, code)).Status);
    }

    /// <summary>The app trusts X-Forwarded-For from its loopback proxy, so a test can come from any address.</summary>
    private static void From(HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Remove("X-Forwarded-For");
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
    }
}
