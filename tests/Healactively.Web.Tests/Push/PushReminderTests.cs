using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Healactively.Web.Tests.Infrastructure;
using static Healactively.Web.Tests.Push.PushSteps;
using static Healactively.Web.Tests.Reminders.ReminderSteps;

namespace Healactively.Web.Tests.Push;

/// <summary>
/// The daily reminder as a notification: the app really sends it over HTTP to a local endpoint that plays the push
/// service, which checks the VAPID signature and decrypts the aes128gcm body with the keys the "browser" made.
/// </summary>
public sealed class PushReminderTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_reminder_notification_is_vapid_signed_and_encrypted_and_says_nothing_about_the_patients_health()
    {
        await using var pushService = await TestPushService.StartAsync();
        using var factory = Factory(Noon);
        var (patient, _) = await Accounts.RegisterPatientAsync(factory, "Europe/London", name: "Pauline Quist");
        await JournalDays.SaveAsync(patient, ("2026-11-24", [("Pain", "7"), ("SittingMinutes", "25"), ("EasierToday", "tying my shoes")]));
        await ChooseAsync(patient, "12:30", byEmail: false, byPush: true);
        using var browser = new BrowserPushKeys();
        var endpoint = pushService.NewEndpoint();
        await SubscribeAsync(patient, browser, endpoint);
        var keyResponse = await PostJsonAsync(patient, KeyUrl, "{}");
        using var key = JsonDocument.Parse(await keyResponse.Content.ReadAsStringAsync());

        Assert.Equal(0, await RunAtAsync(factory, "2026-11-25T12:29:00Z"));
        Assert.Empty(pushService.Received);
        Assert.Equal(1, await RunAtAsync(factory, "2026-11-25T12:31:00Z"));

        var push = Assert.Single(pushService.To(endpoint));
        Assert.Equal("aes128gcm", push.ContentEncoding);
        Assert.True(push.Urgency is "" or "normal", $"Urgency normal (RFC 8030's default when the header is absent), was '{push.Urgency}'.");
        Assert.True(int.Parse(push.Ttl!, System.Globalization.CultureInfo.InvariantCulture) > 0, "A time to live is set.");
        // Lib.Net.Http.WebPush 3.3.1 puts scheme://host in aud and leaves out a non-default port (real push services
        // are on 443, where that is the origin); the test service listens on a free port, so compare without it.
        var vapid = BrowserPushKeys.VerifyVapid(push.Authorization, "http://127.0.0.1", TimeProvider.System.GetUtcNow());
        Assert.Equal(key.RootElement.GetProperty("publicKey").GetString(), vapid.PublicKey);
        Assert.Equal("https://healactively.example", vapid.Subject);

        var plaintext = browser.Decrypt(push.Body);
        using var payload = JsonDocument.Parse(plaintext);
        Assert.Equal("Time for today's journal", payload.RootElement.GetProperty("title").GetString());
        Assert.Equal("/Journal/Entry", payload.RootElement.GetProperty("url").GetString());
        var shown = string.Join(' ', payload.RootElement.EnumerateObject().Select(p => p.Value.GetString()));
        Assert.Equal(["title", "body", "url", "tag"], payload.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("Pauline", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("shoes", shown, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex(@"\d"), shown); // no pain value, minutes or any other number
        Assert.DoesNotContain(factory.Logs.Lines(), line => line.Contains(new Uri(endpoint).AbsolutePath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_device_the_push_service_reports_gone_is_removed_and_a_failing_one_does_not_stop_the_others()
    {
        await using var pushService = await TestPushService.StartAsync();
        using var factory = Factory(Noon);
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, "Europe/London");
        var patientId = Accounts.UserId(factory, email);
        await ChooseAsync(patient, "12:30", byEmail: false, byPush: true);
        using var gonePhone = new BrowserPushKeys();
        using var brokenTablet = new BrowserPushKeys();
        using var laptop = new BrowserPushKeys();
        var (gone, broken, working) = (pushService.NewEndpoint(), pushService.NewEndpoint(), pushService.NewEndpoint());
        await SubscribeAsync(patient, gonePhone, gone);
        await SubscribeAsync(patient, brokenTablet, broken);
        await SubscribeAsync(patient, laptop, working);
        pushService.Answer(gone, 410);
        pushService.Answer(broken, 500);

        Assert.Equal(1, await RunAtAsync(factory, "2026-11-25T12:31:00Z"));

        Assert.Single(pushService.To(gone));
        Assert.Single(pushService.To(broken));
        Assert.Contains("/Journal/Entry", laptop.Decrypt(Assert.Single(pushService.To(working)).Body), StringComparison.Ordinal);
        Assert.Equal([broken, working], await EndpointsAsync(factory, patientId));
        var lines = factory.Logs.Lines();
        Assert.All([gone, broken, working], endpoint => Assert.DoesNotContain(lines, line => line.Contains(new Uri(endpoint).AbsolutePath, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Email_and_notification_go_out_once_under_one_daily_claim_and_a_second_run_the_same_day_sends_nothing()
    {
        await using var pushService = await TestPushService.StartAsync();
        using var factory = Factory(Noon);
        var (patient, _) = await Accounts.RegisterPatientAsync(factory, "Europe/London");
        await ChooseAsync(patient, "12:30", byEmail: true, byPush: true);
        using var phone = new BrowserPushKeys();
        var endpoint = pushService.NewEndpoint();
        await SubscribeAsync(patient, phone, endpoint);

        Assert.Equal(1, await RunAtAsync(factory, "2026-11-25T12:31:00Z"));
        Assert.Equal(0, await RunAtAsync(factory, "2026-11-25T12:45:00Z"));
        Assert.Equal(0, await RunAtAsync(factory, "2026-11-25T23:59:00Z"));

        Assert.Single(pushService.To(endpoint));
        Assert.Single(ReminderEmails(factory));

        // The next day both go out again, once.
        Assert.Equal(1, await RunAtAsync(factory, "2026-11-26T12:31:00Z"));
        Assert.Equal(2, pushService.To(endpoint).Count);
        Assert.Equal(2, ReminderEmails(factory).Length);
    }

    [Fact]
    public async Task Email_only_sends_no_notification_and_a_day_with_an_entry_sends_neither()
    {
        await using var pushService = await TestPushService.StartAsync();
        using var factory = Factory(Noon);
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, "Europe/London");
        await ChooseAsync(patient, "12:30", byEmail: true, byPush: false);
        using var phone = new BrowserPushKeys();
        var endpoint = pushService.NewEndpoint();
        await SubscribeAsync(patient, phone, endpoint);

        Assert.Equal(1, await RunAtAsync(factory, "2026-11-25T12:31:00Z"));
        Assert.Empty(pushService.Received);
        Assert.Single(ReminderEmails(factory));

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
        await Accounts.SignInAsync(patient, email); // a night's idle ends the session
        await ChooseAsync(patient, "12:30", byEmail: true, byPush: true);
        await JournalDays.SaveAsync(patient, ("2026-11-26", [("Pain", "3")]));
        Assert.Equal(0, await RunAtAsync(factory, "2026-11-26T12:31:00Z"));
        Assert.Empty(pushService.Received);
        Assert.Single(ReminderEmails(factory));
    }

    /// <summary>The reminder emails in the pickup folder (registration sent a confirmation email there too).</summary>
    private static string[] ReminderEmails(HealactivelyFactory factory) =>
        [.. Directory.GetFiles(factory.MailPickupFolder, "*.eml").Where(f => File.ReadAllText(f).Contains(Healactively.Web.Features.Reminders.ReminderEmail.Subject, StringComparison.Ordinal))];

    [Fact]
    public async Task The_data_download_lists_the_devices_and_deleting_the_account_removes_them()
    {
        using var factory = Factory(Noon);
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, "Europe/London");
        var patientId = Accounts.UserId(factory, email);
        using var phone = new BrowserPushKeys();
        const string Endpoint = "http://127.0.0.1:9/push/my-phone";
        await SubscribeAsync(patient, phone, Endpoint);

        var zipBytes = await patient.GetByteArrayAsync("/Profile/Data?handler=Download");
        using (var zip = new ZipArchive(new MemoryStream(zipBytes)))
        {
            using var reader = new StreamReader(zip.GetEntry("notification-devices.csv")!.Open());
            var csv = await reader.ReadToEndAsync();
            Assert.StartsWith("push_endpoint,turned_on_utc,last_notified_utc", csv, StringComparison.Ordinal);
            Assert.Contains(Endpoint + ",2026-11-25T12:00:00Z,", csv, StringComparison.Ordinal);
            Assert.DoesNotContain(System.Buffers.Text.Base64Url.EncodeToString(phone.AuthSecret), csv, StringComparison.Ordinal);
        }

        var delete = await HtmlPage.GetOkAsync(patient, "/Profile/Delete");
        var deleted = await delete.SubmitAsync(patient, "#delete-account-form", new Dictionary<string, string?>
        {
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmEmail"] = email,
        });
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Empty(await EndpointsAsync(factory, patientId));
        Assert.Equal(0, await CountAllAsync(factory));
    }
}
