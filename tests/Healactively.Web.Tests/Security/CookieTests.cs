using System.Net;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Healactively.Web.Tests.Security;

/// <summary>Every cookie is __Host-, Secure, HttpOnly, SameSite and site-wide; Development on plain http drops only the https parts.</summary>
public sealed class CookieTests
{
    [Fact]
    public async Task Session_antiforgery_and_message_cookies_are_host_only_secure_and_hidden_from_scripts()
    {
        using var factory = new HealactivelyFactory();
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var headers = new List<string>();

        var login = await factory.CreateBrowser().GetAsync("/Identity/Account/Login");
        headers.AddRange(login.Headers.GetValues("Set-Cookie"));
        headers.AddRange((await Accounts.SignInAsync(factory.CreateBrowser(), email)).Response.Headers.GetValues("Set-Cookie"));
        var profile = await HtmlPage.GetOkAsync(client, "/Profile");
        var saved = await profile.SubmitAsync(client, "form[method=post]:not(#sign-out-form)", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        headers.AddRange(saved.Response.Headers.GetValues("Set-Cookie"));

        Assert.Contains(headers, h => h.StartsWith("__Host-Healactively.Session=", StringComparison.Ordinal));
        Assert.Contains(headers, h => h.StartsWith("__Host-Healactively.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains(headers, h => h.StartsWith("__Host-Healactively.TempData=", StringComparison.Ordinal));
        Assert.All(headers, h =>
        {
            var parts = h.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(p => p.ToLowerInvariant()).ToList();
            Assert.StartsWith("__Host-", h, StringComparison.Ordinal);
            Assert.Contains("secure", parts);
            Assert.Contains("httponly", parts);
            Assert.Contains("path=/", parts);
            Assert.Contains(parts, p => p is "samesite=lax" or "samesite=strict");
            Assert.DoesNotContain(parts, p => p.StartsWith("domain=", StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Development_on_plain_http_uses_cookies_without_the_https_prefix()
    {
        using var factory = new HealactivelyFactory
        {
            EnvironmentName = Environments.Development,
            Settings = new Dictionary<string, string> { ["DemoData:Seed"] = "false" },
        };
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });

        using var login = await client.GetAsync("/Identity/Account/Login");

        Assert.All(login.Headers.GetValues("Set-Cookie"), c => Assert.StartsWith("Healactively.", c, StringComparison.Ordinal));
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("Healactively.Antiforgery=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie.ToLowerInvariant().Split(';', StringSplitOptions.TrimEntries));
        Assert.Contains("httponly", cookie.ToLowerInvariant().Split(';', StringSplitOptions.TrimEntries));
    }
}
