using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Security;

/// <summary>Authenticator codes and recovery codes each work once; patients may use two-factor if they wish.</summary>
public sealed class TwoFactorCodeTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private static async Task<HtmlPage> CodePageAsync(HttpClient client, string email) =>
        await HtmlPage.FollowAsync(client, await Accounts.SignInAsync(client, email));

    private static Task<HtmlPage> SubmitCodeAsync(HttpClient client, HtmlPage codePage, string code) =>
        codePage.SubmitAsync(client, "#two-factor-form", new Dictionary<string, string?> { ["Input.Code"] = code });

    [Fact]
    public async Task An_authenticator_code_is_refused_the_second_time_and_the_next_code_works()
    {
        var (_, email, _) = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var key = await AuthenticatorCodes.KeyAsync(factory, email);
        var step = AuthenticatorCodes.StepAt(factory.Clock.GetUtcNow());
        var usedCode = AuthenticatorCodes.Code(key, step);

        // Someone who saw the code (over a shoulder, or a phishing page) tries it in another browser, in the same 30 seconds.
        var other = factory.CreateBrowser();
        var replay = await SubmitCodeAsync(other, await CodePageAsync(other, email), usedCode);
        Assert.Equal(HttpStatusCode.OK, replay.Status);
        Assert.Contains("works only once", replay.ValidationMessageFor("Input.Code"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/Clinician")).StatusCode);

        // An older code still inside the allowed drift is refused too.
        var older = await SubmitCodeAsync(other, replay, AuthenticatorCodes.Code(key, step - 1));
        Assert.Equal(HttpStatusCode.OK, older.Status);

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var next = await SubmitCodeAsync(other, older, AuthenticatorCodes.Now(factory, key));
        Assert.Equal(HttpStatusCode.Redirect, next.Status);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/Clinician")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_with_a_message_beside_the_field()
    {
        var (_, email, _) = await Accounts.SignInStaffAsync(factory, Roles.Admin);
        var client = factory.CreateBrowser();
        var codePage = await CodePageAsync(client, email);

        var empty = await SubmitCodeAsync(client, codePage, "");
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Contains("6-digit code", empty.ValidationMessageFor("Input.Code"), StringComparison.Ordinal);
        var letters = await SubmitCodeAsync(client, empty, "abcdef");
        Assert.Equal(HttpStatusCode.OK, letters.Status);
        Assert.Contains("did not work", letters.ValidationMessageFor("Input.Code"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Patients_may_turn_two_factor_on_and_then_sign_in_with_a_code_and_turn_it_off_again()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Home")).StatusCode);
        var optional = await HtmlPage.GetOkAsync(client, TwoFactorSteps.EnrolmentPage);
        Assert.NotNull(optional.Find("#two-factor-off"));
        Assert.Null(optional.Find("#staff-2fa-required"));

        var codes = await TwoFactorSteps.EnableThroughPageAsync(factory, client);
        Assert.Equal(10, codes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Home")).StatusCode);
        Assert.NotNull((await HtmlPage.GetOkAsync(client, TwoFactorSteps.EnrolmentPage)).Find("#two-factor-on"));

        var later = factory.CreateBrowser();
        var passwordStep = await Accounts.SignInAsync(later, email);
        Assert.StartsWith("/Identity/Account/LoginWith2fa", passwordStep.Response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await TwoFactorSteps.CompleteSignInAsync(factory, later, email, passwordStep);
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync("/Home")).StatusCode);

        var disable = await HtmlPage.GetOkAsync(later, "/Identity/Account/Manage/Disable2fa");
        var off = await HtmlPage.FollowAsync(later, await disable.SubmitAsync(later, "#disable-2fa-form", new Dictionary<string, string?>()));
        Assert.NotNull(off.Find("#two-factor-off"));
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(factory.CreateBrowser(), email)).Status);
        Assert.Equal("/", (await Accounts.SignInAsync(factory.CreateBrowser(), email)).Response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_can_be_downloaded_and_replaced()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var codes = await TwoFactorSteps.EnableThroughPageAsync(factory, client);

        var first = factory.CreateBrowser();
        var recoveryPage = await HtmlPage.GetOkAsync(first, (await CodePageAsync(first, email)).Find("#use-recovery-code")!.GetAttribute("href")!);
        var used = await recoveryPage.SubmitAsync(first, "#recovery-form", new Dictionary<string, string?> { ["Input.RecoveryCode"] = codes[0].ToLowerInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, used.Status);
        var landed = await HtmlPage.FollowAsync(first, used);
        Assert.Contains("9 codes left", landed.Text, StringComparison.Ordinal);

        var second = factory.CreateBrowser();
        var secondPage = await HtmlPage.GetOkAsync(second, "/Identity/Account/LoginWithRecoveryCode");
        Assert.Equal("/Identity/Account/Login", secondPage.Url.AbsolutePath);
        var again = await HtmlPage.GetOkAsync(second, (await CodePageAsync(second, email)).Find("#use-recovery-code")!.GetAttribute("href")!);
        var refused = await again.SubmitAsync(second, "#recovery-form", new Dictionary<string, string?> { ["Input.RecoveryCode"] = codes[0] });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("did not work", refused.ValidationMessageFor("Input.RecoveryCode"), StringComparison.Ordinal);

        // New codes replace the old ones; the list can be downloaded as a text file.
        var generate = await HtmlPage.GetOkAsync(first, "/Identity/Account/Manage/GenerateRecoveryCodes");
        var shown = await HtmlPage.FollowAsync(first, await generate.SubmitAsync(first, "#generate-codes-form", new Dictionary<string, string?>()));
        var fresh = shown.FindAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, fresh.Count);
        Assert.Empty(fresh.Intersect(codes));
        var download = await shown.SubmitAsync(first, "#download-codes-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal("text/plain", download.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("healactively-recovery-codes.txt", download.Response.Content.Headers.ContentDisposition?.FileNameStar ?? download.Response.Content.Headers.ContentDisposition?.FileName);
        Assert.All(fresh, code => Assert.Contains(code, download.Html, StringComparison.Ordinal));
        Assert.Equal(TwoFactorSteps.EnrolmentPage, (await HtmlPage.GetOkAsync(first, "/Identity/Account/Manage/ShowRecoveryCodes")).Url.AbsolutePath);

        var third = factory.CreateBrowser();
        var oldCode = await (await HtmlPage.GetOkAsync(third, (await CodePageAsync(third, email)).Find("#use-recovery-code")!.GetAttribute("href")!))
            .SubmitAsync(third, "#recovery-form", new Dictionary<string, string?> { ["Input.RecoveryCode"] = codes[1] });
        Assert.Equal(HttpStatusCode.OK, oldCode.Status);
        var newCode = await oldCode.SubmitAsync(third, "#recovery-form", new Dictionary<string, string?> { ["Input.RecoveryCode"] = fresh[0] });
        Assert.Equal(HttpStatusCode.Redirect, newCode.Status);
    }
}
