using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Durability;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Security;

/// <summary>
/// The small hardening of issue 15, item 12: no Server header, no hidden characters in names others read, backups
/// readable by the app's account only, and Data Protection keys encrypted at rest when a certificate is configured.
/// </summary>
public sealed class HardeningTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    public static TheoryData<string> HiddenCharacters => new() { "\u202E", "\u200B", "\u200F", "\u2066", "\uFEFF", "\u200D" };

    [Fact]
    public async Task Kestrel_answers_without_a_server_header()
    {
        using var real = new HealactivelyFactory();
        real.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        real.StartServer();
        using var client = new HttpClient { BaseAddress = real.ClientOptions.BaseAddress };

        var response = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Theory]
    [MemberData(nameof(HiddenCharacters))]
    public async Task A_display_name_with_a_bidi_or_zero_width_character_is_refused_with_a_message(string hidden)
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory, name: "Sam");
        var page = await HtmlPage.GetOkAsync(client, "/Profile");

        var answer = await page.SubmitAsync(client, "#profile-form", new Dictionary<string, string?> { ["Input.DisplayName"] = $"Dr{hidden}. Evil" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("invisible or text-direction character", answer.ValidationMessageFor("Input.DisplayName"), StringComparison.Ordinal);
        Assert.Equal("Sam", (await HtmlPage.GetOkAsync(client, "/Profile")).Find("input[name='Input.DisplayName']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_metric_name_or_unit_with_a_right_to_left_override_is_refused_with_a_message()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        var page = await HtmlPage.GetOkAsync(client, "/Metrics");

        var answer = await page.SubmitAsync(client, "#add-metric-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = "Posture \u202Eelgna",
            ["Input.Unit"] = "deg\u200Brees",
            ["Input.Better"] = "higher",
            ["Input.MinStep"] = "1",
        });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("invisible or text-direction character", answer.ValidationMessageFor("Input.Name"), StringComparison.Ordinal);
        Assert.Contains("invisible or text-direction character", answer.ValidationMessageFor("Input.Unit"), StringComparison.Ordinal);
        Assert.Empty((await HtmlPage.GetOkAsync(client, "/Metrics")).FindAll("tr[data-metric-key]"));
    }

    [Fact]
    public async Task Registration_refuses_a_name_with_hidden_characters()
    {
        var client = factory.CreateBrowser();
        var page = await HtmlPage.GetOkAsync(client, "/Identity/Account/Register");

        var answer = await page.SubmitAsync(client, "#register-form", new Dictionary<string, string?>
        {
            ["Input.Email"] = Accounts.NewEmail(),
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
            ["Input.DisplayName"] = "Amara\u200B Osei",
            ["Input.TimeZoneId"] = "Europe/London",
            ["Input.DistanceUnit"] = "Kilometres",
        });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("invisible or text-direction character", answer.Text, StringComparison.Ordinal);
    }

#if !POSTGRES_TESTS
    // SQLite only: the app backs up SQLite files; PostgreSQL uses pg_dump.
    [Fact]
    public async Task Backups_are_readable_by_the_apps_account_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix modes.
        }
        var (admin, _, _) = await Accounts.SignInStaffAsync(factory, Roles.Admin, "Ops");
        var page = await HtmlPage.GetOkAsync(admin, "/Admin/Backup");
        var taken = await page.SubmitAsync(admin, "#backup-form", new Dictionary<string, string?> { ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, taken.Status);

        var folder = factory.Services.GetRequiredService<Web.Features.Backups.DatabaseBackup>().Folder;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        var files = Directory.GetFiles(folder);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }
#endif

    [Fact]
    public async Task With_a_certificate_configured_the_data_protection_keys_are_stored_encrypted()
    {
        using var protectedKeys = new HealactivelyFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["DataProtection:CertificatePath"] = LoopbackCertificate.PfxPath,
                ["DataProtection:CertificatePassword"] = LoopbackCertificate.Password,
            },
        };
        var (client, _) = await Accounts.RegisterPatientAsync(protectedKeys);
        await HtmlPage.GetOkAsync(client, "/Journal/Entry");

        using var scope = protectedKeys.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var keys = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("unencrypted form", xml, StringComparison.Ordinal);
        });
    }
}
