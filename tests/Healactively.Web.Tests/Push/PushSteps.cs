using System.Net;
using System.Text;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Push;

/// <summary>A patient's browser turning notifications on and off through the profile page's calls, as push-subscribe.js makes them.</summary>
internal static class PushSteps
{
    public const string SubscribeUrl = "/Profile/Push?handler=Subscribe";
    public const string UnsubscribeUrl = "/Profile/Push?handler=Unsubscribe";
    public const string KeyUrl = "/Profile/Push?handler=Key";

    /// <summary>An app whose push client may reach the local test push service (http on 127.0.0.1).</summary>
    public static HealactivelyFactory Factory(DateTimeOffset start, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string> { ["Push:AllowInsecureEndpointsForTests"] = "true", ["App:BaseUrl"] = "https://healactively.example" };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return new HealactivelyFactory { Clock = new(start), Settings = settings };
    }

    /// <summary>The profile form's antiforgery token, which the page script sends in the RequestVerificationToken header.</summary>
    public static async Task<string> TokenAsync(HttpClient client)
    {
        var profile = await HtmlPage.GetOkAsync(client, "/Profile");
        return profile.Find("#profile-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    public static async Task<HttpResponseMessage> PostJsonAsync(HttpClient client, string url, string json, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("RequestVerificationToken", token ?? await TokenAsync(client));
        return await client.SendAsync(request);
    }

    public static async Task SubscribeAsync(HttpClient client, BrowserPushKeys keys, string endpoint)
    {
        var response = await PostJsonAsync(client, SubscribeUrl, keys.SubscriptionJson(endpoint));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    /// <summary>Ticks the reminder channels on the profile form with a reminder time.</summary>
    public static async Task<HtmlPage> ChooseAsync(HttpClient client, string time, bool byEmail, bool byPush)
    {
        var profile = await HtmlPage.GetOkAsync(client, "/Profile");
        return await profile.SubmitAsync(client, "#profile-form", new Dictionary<string, string?>
        {
            ["ReminderTime"] = time,
            ["Channels.ByEmail"] = byEmail ? "true" : "false",
            ["Channels.ByPush"] = byPush ? "true" : "false",
        });
    }

    public static async Task<List<string>> EndpointsAsync(HealactivelyFactory factory, string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.PushSubscriptions.Where(s => s.UserId == userId).OrderBy(s => s.Id).Select(s => s.Endpoint).ToListAsync();
    }

    public static async Task<int> CountAllAsync(HealactivelyFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().PushSubscriptions.CountAsync();
    }
}
