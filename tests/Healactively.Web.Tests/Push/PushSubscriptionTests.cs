using System.Buffers.Text;
using System.Net;
using Healactively.Web.Tests.Infrastructure;
using static Healactively.Web.Tests.Push.PushSteps;

namespace Healactively.Web.Tests.Push;

/// <summary>
/// Turning notifications on and off for a device (the profile page script's JSON calls) in an app configured as in
/// production: only https endpoints on public hosts, keys of the right sizes; bad input is a 400 with a sentence and
/// nothing stored; nobody can turn off someone else's device.
/// </summary>
public sealed class PushSubscriptionTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string PushServiceEndpoint = "https://fcm.googleapis.com/fcm/send/device-token-123";

    private static readonly string GoodKey = Base64Url.EncodeToString(NewBrowserKey());
    private static readonly string GoodAuth = Base64Url.EncodeToString(new byte[16]);

    public static TheoryData<string, string> BadSubscriptions => new()
    {
        { "http endpoint", Json("http://fcm.googleapis.com/fcm/send/x", GoodKey, GoodAuth) },
        { "loopback address", Json("https://127.0.0.1/push/x", GoodKey, GoodAuth) },
        { "private address", Json("https://10.0.0.5/push/x", GoodKey, GoodAuth) },
        { "cloud metadata address", Json("https://169.254.169.254/latest/meta-data", GoodKey, GoodAuth) },
        { "IPv6 loopback", Json("https://[::1]/push/x", GoodKey, GoodAuth) },
        { "localhost", Json("https://localhost/push/x", GoodKey, GoodAuth) },
        { "internal name", Json("https://push.internal/x", GoodKey, GoodAuth) },
        { "another port", Json("https://fcm.googleapis.com:8443/x", GoodKey, GoodAuth) },
        { "user info", Json("https://user:pw@fcm.googleapis.com/x", GoodKey, GoodAuth) },
        { "not a URL", Json("just words", GoodKey, GoodAuth) },
        { "endpoint too long", Json("https://fcm.googleapis.com/" + new string('a', 2100), GoodKey, GoodAuth) },
        { "p256dh 64 bytes", Json(PushServiceEndpoint, Base64Url.EncodeToString(new byte[64]), GoodAuth) },
        { "p256dh not on the curve", Json(PushServiceEndpoint, Base64Url.EncodeToString([4, .. Enumerable.Repeat((byte)1, 64)]), GoodAuth) },
        { "auth 15 bytes", Json(PushServiceEndpoint, GoodKey, Base64Url.EncodeToString(new byte[15])) },
        { "auth not base64url", Json(PushServiceEndpoint, GoodKey, "!!!!!!!!!!!!!!!!!!!!!!") },
        { "no endpoint", System.Text.Json.JsonSerializer.Serialize(new { keys = new { p256dh = GoodKey, auth = GoodAuth } }) },
        { "no keys", $$"""{"endpoint":"{{PushServiceEndpoint}}"}""" },
        { "no auth", System.Text.Json.JsonSerializer.Serialize(new { endpoint = PushServiceEndpoint, keys = new { p256dh = GoodKey } }) },
        { "keys as text", $$"""{"endpoint":"{{PushServiceEndpoint}}","keys":"p256dh"}""" },
        { "endpoint as number", """{"endpoint":5,"keys":{}}""" },
        { "array", "[]" },
        { "string", "\"subscription\"" },
        { "not JSON", "endpoint=https://fcm.googleapis.com/x" },
        { "deeply nested", new string('[', 200) + new string(']', 200) },
        { "empty body", "" },
        { "huge body", Json(PushServiceEndpoint, GoodKey, GoodAuth).Replace("{", "{\"padding\":\"" + new string('x', 20_000) + "\",", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(BadSubscriptions))]
    public async Task A_bad_subscription_is_refused_with_a_message_and_nothing_is_stored(string why, string body)
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);

        var response = await PostJsonAsync(patient, SubscribeUrl, body);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{why}: {(int)response.StatusCode}");
        Assert.False(string.IsNullOrWhiteSpace(await response.Content.ReadAsStringAsync()), $"{why}: a message says what is wrong");
        Assert.Empty(await EndpointsAsync(factory, Accounts.UserId(factory, email)));
    }

    [Fact]
    public async Task A_good_subscription_is_stored_once_and_the_eleventh_device_replaces_the_oldest()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var userId = Accounts.UserId(factory, email);
        var token = await TokenAsync(patient);

        Assert.Equal(HttpStatusCode.NoContent, (await PostJsonAsync(patient, SubscribeUrl, Json(PushServiceEndpoint + userId, GoodKey, GoodAuth), token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await PostJsonAsync(patient, SubscribeUrl, Json(PushServiceEndpoint + userId, GoodKey, GoodAuth), token)).StatusCode);
        Assert.Equal([PushServiceEndpoint + userId], await EndpointsAsync(factory, userId));

        for (var device = 2; device <= 11; device++)
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(HttpStatusCode.NoContent, (await PostJsonAsync(patient, SubscribeUrl, Json($"https://updates.push.services.mozilla.com/wpush/v2/{userId}-{device}", GoodKey, GoodAuth), token)).StatusCode);
        }

        var kept = await EndpointsAsync(factory, userId);
        Assert.Equal(10, kept.Count);
        Assert.DoesNotContain(PushServiceEndpoint + userId, kept);
    }

    [Fact]
    public async Task Another_patient_cannot_turn_off_or_take_over_someone_elses_device()
    {
        var (owner, ownerEmail) = await Accounts.RegisterPatientAsync(factory);
        var (other, otherEmail) = await Accounts.RegisterPatientAsync(factory);
        var ownerId = Accounts.UserId(factory, ownerEmail);
        var endpoint = $"https://web.push.apple.com/device-{ownerId}";
        Assert.Equal(HttpStatusCode.NoContent, (await PostJsonAsync(owner, SubscribeUrl, Json(endpoint, GoodKey, GoodAuth))).StatusCode);

        var off = await PostJsonAsync(other, UnsubscribeUrl, $$"""{"endpoint":"{{endpoint}}"}""");
        Assert.Equal(HttpStatusCode.NoContent, off.StatusCode); // the same answer as for an unknown endpoint: nothing is told
        var takeOver = await PostJsonAsync(other, SubscribeUrl, Json(endpoint, Base64Url.EncodeToString(NewBrowserKey()), Base64Url.EncodeToString(new byte[16])));
        Assert.Equal(HttpStatusCode.BadRequest, takeOver.StatusCode);

        Assert.Equal([endpoint], await EndpointsAsync(factory, ownerId));
        Assert.Empty(await EndpointsAsync(factory, Accounts.UserId(factory, otherEmail)));

        Assert.Equal(HttpStatusCode.NoContent, (await PostJsonAsync(owner, UnsubscribeUrl, $$"""{"endpoint":"{{endpoint}}"}""")).StatusCode);
        Assert.Empty(await EndpointsAsync(factory, ownerId));
    }

    [Fact]
    public async Task The_profile_offers_email_and_device_notifications_and_a_time_needs_one_of_them()
    {
        var (patient, _) = await Accounts.RegisterPatientAsync(factory);
        var profile = await HtmlPage.GetOkAsync(patient, "/Profile");
        Assert.Equal("Remind me by", profile.Find("#reminder-channels legend")!.TextContent.Trim());
        Assert.NotNull(profile.Find("#Channels_ByEmail[checked]"));
        Assert.Null(profile.Find("#Channels_ByPush[checked]"));
        Assert.True(profile.Find("#push-device")!.HasAttribute("hidden"), "Hidden until the script finds the Push API.");
        Assert.NotNull(profile.Find("script[src^='/js/push-subscribe.']"));

        var refused = await ChooseAsync(patient, "08:00", byEmail: false, byPush: false);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Tick email, a notification or both", refused.Text, StringComparison.Ordinal);

        var saved = await ChooseAsync(patient, "08:00", byEmail: false, byPush: true);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        profile = await HtmlPage.GetOkAsync(patient, "/Profile");
        Assert.Null(profile.Find("#Channels_ByEmail[checked]"));
        Assert.NotNull(profile.Find("#Channels_ByPush[checked]"));
        Assert.Equal("08:00", profile.Find("#ReminderTime option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_service_workers_push_listeners_are_served_at_the_address_sw_js_imports()
    {
        using var visitor = factory.CreateBrowser();
        var response = await visitor.GetAsync("/js/sw-push.js");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var script = await response.Content.ReadAsStringAsync();
        Assert.Contains("addEventListener('push'", script, StringComparison.Ordinal);
        Assert.Contains("addEventListener('notificationclick'", script, StringComparison.Ordinal);
        Assert.Contains("/Journal/Entry", script, StringComparison.Ordinal);
    }

    private static string Json(string endpoint, string p256dh, string auth) =>
        System.Text.Json.JsonSerializer.Serialize(new { endpoint, expirationTime = (long?)null, keys = new { p256dh, auth } });

    private static byte[] NewBrowserKey()
    {
        using var keys = new BrowserPushKeys();
        return keys.PublicKey;
    }
}
