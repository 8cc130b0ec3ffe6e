using System.Net;

namespace Healactively.Web.Tests.Infrastructure;

/// <summary>Two-factor steps through the real pages.</summary>
public static class TwoFactorSteps
{
    public const string EnrolmentPage = "/Identity/Account/Manage/TwoFactorAuthentication";

    /// <summary>After the password step redirected to LoginWith2fa: enters a fresh code and expects to be signed in.</summary>
    public static async Task<HtmlPage> CompleteSignInAsync(HealactivelyFactory factory, HttpClient client, string email, HtmlPage passwordStep)
    {
        var codePage = await HtmlPage.FollowAsync(client, passwordStep);
        Assert.True(codePage.Url.AbsolutePath == "/Identity/Account/LoginWith2fa", $"Expected the code page, got {codePage.Url}");
        var done = await codePage.SubmitAsync(client, "#two-factor-form", new Dictionary<string, string?> { ["Input.Code"] = await AuthenticatorCodes.FreshAsync(factory, email) });
        Assert.True(done.Status == HttpStatusCode.Redirect, $"The code was refused: {done.Text}");
        return done;
    }

    /// <summary>
    /// Turns on two-factor as a user would: reads the key shown on the setup page, types the code the app would show,
    /// and returns the recovery codes shown once.
    /// </summary>
    public static async Task<IReadOnlyList<string>> EnableThroughPageAsync(HealactivelyFactory factory, HttpClient client)
    {
        var setup = await HtmlPage.GetOkAsync(client, "/Identity/Account/Manage/EnableAuthenticator");
        if (setup.Find("#start-authenticator-form") is not null)
        {
            setup = await HtmlPage.FollowAsync(client, await setup.SubmitAsync(client, "#start-authenticator-form", new Dictionary<string, string?>()));
        }

        var key = setup.Find("#shared-key")!.TextContent;
        var enabled = await setup.SubmitAsync(client, "#enable-authenticator-form", new Dictionary<string, string?> { ["Input.Code"] = AuthenticatorCodes.Now(factory, key) });
        Assert.True(enabled.Status == HttpStatusCode.Redirect, $"Enabling failed: {enabled.Text}");
        var codes = await HtmlPage.FollowAsync(client, enabled);
        Assert.Equal("/Identity/Account/Manage/ShowRecoveryCodes", codes.Url.AbsolutePath);
        return codes.FindAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
    }
}
