using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Security;

/// <summary>Browser protections on every response: visitors', signed-in users', and error pages.</summary>
public sealed class SecurityHeadersTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/Identity/Account/Login", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.Redirect)]
    [InlineData("/Home", HttpStatusCode.Redirect)]
    [InlineData("/css/no-such-file.css", HttpStatusCode.Redirect)]
    public async Task A_visitor_gets_the_protections_on_every_response(string path, HttpStatusCode status)
    {
        using var response = await factory.CreateBrowser().GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertProtections(response);
    }

    [Fact]
    public async Task Account_pages_are_never_cached_even_for_visitors()
    {
        using var response = await factory.CreateBrowser().GetAsync("/Identity/Account/Login");

        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Home", HttpStatusCode.OK)]
    [InlineData("/Journal/Export", HttpStatusCode.OK)]
    [InlineData("/Clinician", HttpStatusCode.Forbidden)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    public async Task A_signed_in_patient_gets_the_protections_and_nothing_is_cached(string path, HttpStatusCode status)
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);

        using var response = await client.GetAsync(path);

        Assert.Equal(status, response.StatusCode);
        AssertProtections(response);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path} may be cached: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Stylesheets_stay_cacheable_for_a_signed_in_patient()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        var stylesheet = (await HtmlPage.GetOkAsync(client, "/Home")).Find("link[href*='site']")!.GetAttribute("href")!;

        using var response = await client.GetAsync(stylesheet);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
        AssertProtections(response);
    }

    [Fact]
    public async Task Https_responses_outside_localhost_carry_a_year_of_HSTS()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://healactively.example/");

        using var response = await factory.CreateBrowser().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Staff_denied_a_patient_page_get_a_403_with_the_protections()
    {
        var (client, _, _) = await Accounts.SignInStaffAsync(factory, Roles.Clinician);

        using var response = await client.GetAsync("/Journal");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        AssertProtections(response);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    private static void AssertProtections(HttpResponseMessage response)
    {
        Assert.Equal(Csp, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage?.RequestUri}");
}
