using System.Net;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Security;

/// <summary>One address posting to the account forms too often is paused with 429 and told when to come back.</summary>
public sealed class RateLimitTests
{
    [Theory]
    [InlineData("/Identity/Account/Login", "#account")]
    [InlineData("/Identity/Account/Register", "#register-form")]
    [InlineData("/Identity/Account/ForgotPassword", "main form")]
    public async Task The_fourth_post_in_a_minute_is_paused_with_Retry_After(string path, string form)
    {
        using var factory = new HealactivelyFactory { Settings = new Dictionary<string, string> { ["RateLimiting:PermitLimit"] = "3" } };
        var client = factory.CreateBrowser();
        var page = await HtmlPage.GetOkAsync(client, path);
        var values = new Dictionary<string, string?> { ["Input.Email"] = Accounts.NewEmail(), ["Input.Password"] = "not the right password at all" };

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var allowed = await page.SubmitAsync(client, form, values);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, allowed.Status);
        }

        var paused = await page.SubmitAsync(client, form, values);

        Assert.Equal(HttpStatusCode.TooManyRequests, paused.Status);
        var retryAfter = paused.Response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Contains("Please wait a moment", paused.Text, StringComparison.Ordinal);
        Assert.Contains($"Please try again in {(int)retryAfter.Value.TotalSeconds} seconds.", paused.Text, StringComparison.Ordinal);
        Assert.Equal("nosniff", paused.Response.Headers.GetValues("X-Content-Type-Options").Single());

        // Reading pages is never limited: only the posts are.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    /// <summary>
    /// Routing maps a trailing slash and any case to the same page (and servers fold <c>/.</c> into <c>/</c>): every
    /// such URL must count toward, and be refused by, the one limit. Each variant is posted once (all allowed: four
    /// permits), then again (all refused); a variant that bypassed the limiter would neither use a permit nor be refused.
    /// </summary>
    [Theory]
    [InlineData("/Identity/Account/Login")]
    [InlineData("/Identity/Account/ForgotPassword")]
    [InlineData("/Identity/Account/Register")]
    [InlineData("/Identity/Account/ResetPassword")]
    [InlineData("/Identity/Account/ResendEmailConfirmation")]
    [InlineData("/Identity/Account/LoginWith2fa")]
    [InlineData("/Identity/Account/LoginWithRecoveryCode")]
    public async Task Every_URL_routing_maps_to_an_account_form_counts_toward_the_limit(string path)
    {
        using var factory = new HealactivelyFactory { Settings = new Dictionary<string, string> { ["RateLimiting:PermitLimit"] = "4" } };
        var client = factory.CreateBrowser();
        string[] variants = [path, path + "/", path.ToLowerInvariant() + "/", path + "/."];

        foreach (var variant in variants)
        {
            var allowed = await PostAsync(client, variant);
            Assert.True(allowed is not HttpStatusCode.TooManyRequests and not HttpStatusCode.NotFound, $"{variant} answered {(int)allowed} within the limit");
        }

        foreach (var variant in variants)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync(client, variant));
        }
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, string path)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = Accounts.NewEmail(), ["Input.Password"] = "not the right password at all" });
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), form);
        return response.StatusCode;
    }
}
