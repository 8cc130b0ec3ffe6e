using System.Net;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Security;

/// <summary>Cookies as a browser (or a thief) holds them, and the account actions that should end sessions.</summary>
public static class SecuritySteps
{
    public const string SessionCookie = "__Host-Healactively.Session";

    /// <summary>The Set-Cookie header for a cookie, e.g. "__Host-Healactively.Session=CfDJ8...; path=/; secure; samesite=lax; httponly".</summary>
    public static string? SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal))
            : null;

    /// <summary>Signs in with the real form and returns the session cookie ("name=value") the browser received.</summary>
    public static async Task<string> SignInAndCopyCookieAsync(HttpClient browser, string email)
    {
        var signedIn = await Accounts.SignInAsync(browser, email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        var header = SetCookie(signedIn.Response, SessionCookie);
        Assert.NotNull(header);
        return header.Split(';')[0];
    }

    /// <summary>Another device (or a stolen copy) presenting the same cookie, without cookie handling of its own.</summary>
    public static HttpClient ClientWithCookie(HealactivelyFactory factory, string cookie)
    {
        var client = factory.CreateDefaultClient(new Uri("https://localhost"));
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>True when the request reached the page; false when it was sent to sign in.</summary>
    public static async Task<bool> IsSignedInAsync(HttpClient client, string path = "/Home")
    {
        using var response = await client.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            return true;
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        return false;
    }

    public static async Task SignOutAsync(HttpClient browser)
    {
        var page = await HtmlPage.GetOkAsync(browser, "/Home");
        var signedOut = await page.SubmitAsync(browser, "#sign-out-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);
    }

    public static async Task<HtmlPage> ChangePasswordAsync(HttpClient browser, string oldPassword, string newPassword)
    {
        var page = await HtmlPage.GetOkAsync(browser, "/Identity/Account/Manage/ChangePassword");
        return await page.SubmitAsync(browser, "#change-password-form", new Dictionary<string, string?>
        {
            ["Input.OldPassword"] = oldPassword,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });
    }
}
