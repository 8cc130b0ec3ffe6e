using System.Net;
using System.Text.RegularExpressions;
using Healactively.Web.Features.Reminders;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Healactively.Web.Tests.Reminders;

/// <summary>Patients who choose a reminder on their profile, and the reminder job run as one instance would run it.</summary>
internal static partial class ReminderSteps
{
    public static HealactivelyFactory Factory(SmtpTestServer smtp, DateTimeOffset start, params (string Key, string Value)[] extra)
    {
        var settings = new Dictionary<string, string>(smtp.AppSettings) { ["App:BaseUrl"] = "http://healactively.example" };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return new HealactivelyFactory { Clock = new(start), Settings = settings };
    }

    /// <summary>Registers a patient in <paramref name="zone"/> and saves <paramref name="time"/> ("" = none) with the profile form.</summary>
    public static async Task<(HttpClient Client, string Email)> PatientWithReminderAsync(HealactivelyFactory factory, string zone, string time)
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory, zone);
        await SetReminderAsync(client, time);
        return (client, email);
    }

    public static async Task<HtmlPage> SetReminderAsync(HttpClient client, string time)
    {
        var profile = await HtmlPage.GetOkAsync(client, "/Profile");
        var saved = await profile.SubmitAsync(client, "#profile-form", new Dictionary<string, string?> { ["ReminderTime"] = time });
        return saved;
    }

    /// <summary>One pass of the job, in its own scope like one tick of the background service.</summary>
    public static async Task<int> RunAsync(HealactivelyFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DailyReminderRun>().RunOnceAsync(CancellationToken.None);
    }

    /// <summary>Moves the clock to <paramref name="utc"/> and runs the job once.</summary>
    public static async Task<int> RunAtAsync(HealactivelyFactory factory, string utc)
    {
        var at = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(at >= factory.Clock.GetUtcNow(), $"The clock only moves forward ({utc}).");
        factory.Clock.SetUtcNow(at);
        return await RunAsync(factory);
    }

    /// <summary>Every http(s) link in the plain-text part, as path and query to follow with the test client.</summary>
    public static IReadOnlyList<Uri> Links(MimeMessage message) =>
        [.. Link().Matches(message.TextBody ?? string.Empty).Select(m => new Uri(WebUtility.HtmlDecode(m.Value)))];

    [GeneratedRegex(@"https?://[^\s""'<>)]+")]
    private static partial Regex Link();
}
