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
}
