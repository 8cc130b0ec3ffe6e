using System.Net;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Durability;

/// <summary>A patient using a real server over HTTP: a client with its own cookie jar, signed up through the real form.</summary>
internal sealed class RemotePatient : IDisposable
{
    private RemotePatient(HttpClient client, string email)
    {
        Client = client;
        Email = email;
    }

    public HttpClient Client { get; }

    public string Email { get; }

    public static async Task<RemotePatient> RegisterAsync(Uri server)
    {
        var client = NewClient(server);
        var email = Accounts.NewEmail();
        var page = await HtmlPage.GetOkAsync(client, "/Identity/Account/Register");
        var result = await page.SubmitAsync(client, "#register-form", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = "Sam",
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
            ["Input.TimeZoneId"] = "UTC",
            ["Input.DistanceUnit"] = "Kilometres",
        });
        Assert.True(result.Status == HttpStatusCode.Redirect, $"Registration failed: {(int)result.Status} {result.Text}");
        var signedIn = await Accounts.SignInAsync(client, email);
        Assert.True(signedIn.Status == HttpStatusCode.Redirect, $"Sign-in failed: {(int)signedIn.Status} {signedIn.Text}");
        return new RemotePatient(client, email);
    }

    /// <summary>Opens the day's form and saves it; true when the app acknowledged the save (redirect to the saved page).</summary>
    public async Task<bool> SaveAsync(string date, IReadOnlyDictionary<string, string?> values)
    {
        var form = await HtmlPage.GetAsync(Client, $"/Journal/Entry/{date}");
        if (form.Status != HttpStatusCode.OK)
        {
            return false;
        }

        var answer = await form.SubmitAsync(Client, "#entry-form", values);
        return answer.Status == HttpStatusCode.Redirect
            && answer.Response.Headers.Location?.ToString().Contains("saved=True", StringComparison.Ordinal) == true;
    }

    public void Dispose() => Client.Dispose();

    private static HttpClient NewClient(Uri server)
    {
        var handler = LoopbackCertificate.TrustingHandler();
        handler.CookieContainer = new CookieContainer();
        handler.AllowAutoRedirect = false;
        handler.UseCookies = true;
        return new HttpClient(handler)
        {
            BaseAddress = server,
            Timeout = TimeSpan.FromSeconds(60),
        };
    }
}
