using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Security;

/// <summary>Clinicians and admins need two-factor authentication before any staff page; they set it up through the real pages.</summary>
public sealed class TwoFactorStaffTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private async Task<(HttpClient Client, string Email)> StaffWithoutTwoFactorAsync(string role)
    {
        var (email, _) = await Accounts.CreateStaffAsync(factory, role);
        var client = factory.CreateBrowser();
        var signedIn = await Accounts.SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        return (client, email);
    }

    [Theory]
    [InlineData(Roles.Clinician, "/Clinician")]
    [InlineData(Roles.Clinician, "/Clinician/Link")]
    [InlineData(Roles.Clinician, "/clinician/patients/anyone")]
    [InlineData(Roles.Admin, "/Admin")]
    [InlineData(Roles.Admin, "/Admin/Users")]
    public async Task Staff_without_two_factor_are_sent_to_set_it_up_with_an_explanation(string role, string url)
    {
        var (client, _) = await StaffWithoutTwoFactorAsync(role);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(TwoFactorSteps.EnrolmentPage, response.Headers.Location?.OriginalString);
        var enrolment = await HtmlPage.GetOkAsync(client, TwoFactorSteps.EnrolmentPage);
        Assert.Contains("need two-factor authentication", enrolment.Find("#staff-2fa-required")?.TextContent, StringComparison.Ordinal);
        Assert.Null(enrolment.Find("#disable-2fa"));
        await HtmlPage.GetOkAsync(client, "/Identity/Account/Manage/EnableAuthenticator");
    }

    [Fact]
    public async Task A_patient_is_not_sent_to_enrol_by_staff_urls_and_still_gets_403()
    {
        var (patient, _) = await Accounts.RegisterPatientAsync(factory);

        var response = await patient.GetAsync("/Clinician");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_clinician_sets_up_the_app_from_the_qr_page_then_reaches_patients_and_later_signs_in_with_a_code()
    {
        var (client, email) = await StaffWithoutTwoFactorAsync(Roles.Clinician);
        var enrolment = await HtmlPage.FollowAsync(client, await HtmlPage.GetAsync(client, "/Clinician"));
        var setupLink = enrolment.Find("#setup-authenticator")!.GetAttribute("href")!;

        var intro = await HtmlPage.GetOkAsync(client, setupLink);
        Assert.True(string.IsNullOrEmpty(await AuthenticatorCodes.KeyAsync(factory, email)), "Opening the page makes no key.");
        var setup = await HtmlPage.FollowAsync(client, await intro.SubmitAsync(client, "#start-authenticator-form", new Dictionary<string, string?>()));
        var svg = setup.Find("#qr-code svg");
        Assert.NotNull(svg);
        Assert.NotEmpty(setup.FindAll("#qr-code svg path, #qr-code svg rect"));
        Assert.DoesNotContain("style=", svg.OuterHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(setup.FindAll("script:not([src])"));
        Assert.True(setup.Response.Headers.CacheControl?.NoStore, "The page with the secret key is not stored by caches.");
        var key = await AuthenticatorCodes.KeyAsync(factory, email);
        Assert.Equal(key.ToLowerInvariant(), setup.Find("#shared-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal));
        var uri = new Uri(setup.Find("#authenticator-link")!.GetAttribute("href")!);
        Assert.Equal("otpauth", uri.Scheme);
        Assert.Contains($"secret={key}", uri.Query, StringComparison.Ordinal);
        Assert.Contains("issuer=Healactively", uri.Query, StringComparison.Ordinal);

        var wrong = await setup.SubmitAsync(client, "#enable-authenticator-form", new Dictionary<string, string?> { ["Input.Code"] = "000000" == AuthenticatorCodes.Now(factory, key) ? "111111" : "000000" });
        Assert.Equal(HttpStatusCode.OK, wrong.Status);
        Assert.Contains("did not match", wrong.ValidationMessageFor("Input.Code"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Clinician")).StatusCode);

        var codes = await TwoFactorSteps.EnableThroughPageAsync(factory, client);
        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Clinician")).StatusCode);

        // A new sign-in asks for the code: the password alone gets nowhere.
        var later = factory.CreateBrowser();
        var passwordStep = await Accounts.SignInAsync(later, email);
        Assert.StartsWith("/Identity/Account/LoginWith2fa", passwordStep.Response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var stillOut = await later.GetAsync("/Clinician");
        Assert.StartsWith("/Identity/Account/Login?", stillOut.Headers.Location?.PathAndQuery, StringComparison.Ordinal);

        await TwoFactorSteps.CompleteSignInAsync(factory, later, email, passwordStep);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/Clinician")).StatusCode);
    }

    [Fact]
    public async Task Staff_cannot_turn_two_factor_off()
    {
        var (client, email, _) = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var page = await HtmlPage.GetOkAsync(client, TwoFactorSteps.EnrolmentPage);
        Assert.Null(page.Find("#disable-2fa"));
        Assert.Null(page.Find("#staff-2fa-required"));

        var disablePage = await HtmlPage.GetOkAsync(client, "/Identity/Account/Manage/Disable2fa");
        Assert.Equal(TwoFactorSteps.EnrolmentPage, disablePage.Url.AbsolutePath);
        var token = page.Find("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var forced = await client.PostAsync("/Identity/Account/Manage/Disable2fa", form);
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Clinician")).StatusCode);
        Assert.False(string.IsNullOrEmpty(await AuthenticatorCodes.KeyAsync(factory, email)));
    }
}
