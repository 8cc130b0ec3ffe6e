using System.Net;
using Healactively.Domain.Calendar;
using Healactively.Domain.Journal;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Demo;
using Healactively.Web.Features.Wins;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Healactively.Web.Tests.Hosting;

/// <summary>The Development demo accounts: who they are, the history they get, and that a restart adds nothing.</summary>
public sealed class DemoDataTests
{
    [Fact]
    public async Task Development_seeds_the_demo_accounts_with_a_realistic_history_and_the_right_wins_once()
    {
        using var factory = new HealactivelyFactory { EnvironmentName = Environments.Development };
        _ = factory.Server;

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            foreach (var account in DemoAccounts.All)
            {
                var user = await users.FindByEmailAsync(account.Email);
                Assert.NotNull(user);
                Assert.True(user.EmailConfirmed);
                Assert.Equal(account.DisplayName, user.DisplayName);
                Assert.Equal(account.TimeZoneId, user.TimeZoneId);
                Assert.Equal(account.DistanceUnit, user.DistanceUnit);
                Assert.Equal([account.Role], await users.GetRolesAsync(user));
                Assert.True(await users.CheckPasswordAsync(user, DemoAccounts.Password));
            }

            Assert.Equal("Dr. Amara Osei", (await users.FindByEmailAsync("clinician@healactively.test"))!.DisplayName);
            Assert.Equal(DistanceUnit.Miles, (await users.FindByEmailAsync("leo@healactively.test"))!.DistanceUnit);

            foreach (var patient in DemoAccounts.Patients)
            {
                var user = await users.FindByEmailAsync(patient.Email);
                await AssertRealisticHistoryAsync(scope.ServiceProvider, user!, factory.Clock);
            }
        }

        var before = await CountsAsync(factory);

        // A restart over the same database, days later, adds nothing.
        using var restarted = new HealactivelyFactory { EnvironmentName = Environments.Development, DatabasePath = factory.DatabasePath };
        restarted.Clock.Advance(TimeSpan.FromDays(3));
        _ = restarted.Server;

        Assert.Equal(before, await CountsAsync(restarted));
    }

    [Fact]
    public async Task The_demo_clinician_sees_Maya_who_shares_with_them_and_not_Leo()
    {
        using var factory = new HealactivelyFactory { EnvironmentName = Environments.Development };
        var browser = factory.CreateBrowser();
        var login = await HtmlPage.GetOkAsync(browser, "/Identity/Account/Login");
        await login.SubmitAsync(browser, "form#account", new Dictionary<string, string?>
        {
            ["Input.Email"] = DemoAccounts.Clinician.Email,
            ["Input.Password"] = DemoAccounts.Password,
        });

        // Staff set up two-factor authentication before their first patient page.
        var required = await browser.GetAsync("/Clinician");
        Assert.Equal(TwoFactorSteps.EnrolmentPage, required.Headers.Location?.OriginalString);
        await TwoFactorSteps.EnableThroughPageAsync(factory, browser);

        var home = await HtmlPage.GetOkAsync(browser, "/Clinician");
        Assert.Contains("Maya", home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leo", home.Text, StringComparison.Ordinal);
        var maya = Accounts.UserId(factory, DemoAccounts.Maya.Email);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/Clinician/Patients/{maya}")).StatusCode);
        var leo = Accounts.UserId(factory, DemoAccounts.Leo.Email);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Clinician/Patients/{leo}")).StatusCode);
    }

    [Fact]
    public async Task A_demo_patient_signs_in_with_the_demo_password()
    {
        using var factory = new HealactivelyFactory { EnvironmentName = Environments.Development };
        var browser = factory.CreateBrowser();

        var login = await HtmlPage.GetOkAsync(browser, "/Identity/Account/Login");
        var signedIn = await login.SubmitAsync(browser, "form#account", new Dictionary<string, string?>
        {
            ["Input.Email"] = DemoAccounts.Maya.Email,
            ["Input.Password"] = DemoAccounts.Password,
        });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        var manage = await HtmlPage.GetAsync(browser, "/Identity/Account/Manage");
        Assert.Equal(HttpStatusCode.OK, manage.Status);
    }

    [Fact]
    public async Task Other_environments_seed_nothing()
    {
        using var factory = new HealactivelyFactory();
        _ = factory.Server;

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var emails = DemoAccounts.All.Select(a => a.Email.ToUpperInvariant()).ToArray();
        Assert.False(await db.Users.AnyAsync(u => emails.Contains(u.NormalizedEmail!)));
    }

    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Development", "false", false)]
    [InlineData("Testing", null, false)]
    [InlineData("Production", null, false)]
    [InlineData("Production", "true", true)]
    public void Seeding_follows_the_environment_unless_configured(string environment, string? setting, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(setting is null ? [] : [new(DemoDataSetup.SeedSetting, setting)])
            .Build();
        var host = new HostingEnvironment { EnvironmentName = environment };

        Assert.Equal(expected, DemoDataSetup.ShouldSeed(configuration, host));
    }

    [Fact]
    public void The_generated_journal_is_the_same_for_the_same_seed_and_always_has_valid_flares()
    {
        var lastDay = new DateOnly(2026, 11, 24);
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        var once = DemoJournalGenerator.Generate("p", 42, DistanceUnit.Kilometres, lastDay, now);
        var twice = DemoJournalGenerator.Generate("p", 42, DistanceUnit.Kilometres, lastDay, now);
        Assert.Equal(once.Select(Describe), twice.Select(Describe));

        for (var seed = 1; seed <= 200; seed++)
        {
            var entries = DemoJournalGenerator.Generate("p", seed, DistanceUnit.Miles, lastDay, now);
            Assert.InRange(entries.Count, 90, 120);
            var timeline = FlareTimeline.Build(entries.Select(ToDomain));
            Assert.True(timeline.IsValid, $"seed {seed}");
            Assert.InRange(timeline.Episodes.Count, 2, 3);
            Assert.All(timeline.Episodes, e => Assert.InRange(e.RecoveryDays ?? -1, 2, 6));
            Assert.All(entries, e => Assert.InRange(e.Date, lastDay.AddDays(-119), lastDay));
            Assert.Equal(lastDay, entries[^1].Date);
        }
    }

    private static async Task AssertRealisticHistoryAsync(IServiceProvider services, ApplicationUser patient, TimeProvider clock)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var entries = await db.JournalEntries.AsNoTracking().Where(e => e.PatientId == patient.Id).OrderBy(e => e.Date).ToListAsync();

        Assert.InRange(entries.Count, 90, 130);
        Assert.True(PatientCalendar.TryFindZone(patient.TimeZoneId, out var zone));
        var today = PatientCalendar.Today(clock, zone);
        Assert.Equal(today.AddDays(-1), entries[^1].Date);
        Assert.All(entries, e => Assert.Equal(1, e.Version));

        // Trends: pain eases, sitting and walking grow (first month against last month).
        var firstMonth = entries.Take(25).ToArray();
        var lastMonth = entries.TakeLast(25).ToArray();
        Assert.True(Average(lastMonth, e => e.Pain) < Average(firstMonth, e => e.Pain) - 1);
        Assert.True(Average(lastMonth, e => e.SittingMinutes) > Average(firstMonth, e => e.SittingMinutes) + 10);
        Assert.True(Average(lastMonth, e => e.WalkingMeters) > Average(firstMonth, e => e.WalkingMeters) + 800);

        // The texture of a real journal: gaps, missing values, notes, tags, ticked wins.
        Assert.Contains(entries, e => e.Pain is null || e.SittingMinutes is null || e.WalkingMeters is null);
        Assert.Contains(entries, e => e.EasierToday is not null);
        Assert.Contains(entries, e => e.Triggers is not null);
        Assert.Contains(entries, e => e.Helped is not null);
        Assert.Contains(entries, e => e.FunctionalWins != FunctionalWins.None);

        var timeline = FlareTimeline.Build(entries.Select(ToDomain));
        Assert.True(timeline.IsValid);
        Assert.InRange(timeline.Episodes.Count, 2, 3);

        var journal = await services.GetRequiredService<PatientJournalLoader>().LoadAsync(patient.Id, patient.DistanceUnit);
        var expected = Sorted(WinDetector.Detect(journal));
        var stored = Sorted((await db.Wins.AsNoTracking().Where(w => w.PatientId == patient.Id).ToListAsync()).Select(w => w.ToDomain()));
        Assert.Equal(expected, stored);
    }

    private static async Task<(int Users, int Entries, int Wins)> CountsAsync(HealactivelyFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Users.CountAsync(), await db.JournalEntries.CountAsync(), await db.Wins.CountAsync());
    }

    private static double Average(IEnumerable<JournalEntryRecord> entries, Func<JournalEntryRecord, int?> value) =>
        entries.Select(value).Where(v => v is not null).Average(v => v!.Value);

    private static List<Win> Sorted(IEnumerable<Win> wins) =>
        [.. wins.OrderBy(w => w.Date).ThenBy(w => w.Kind).ThenBy(w => w.Metric, StringComparer.Ordinal)
            .ThenBy(w => w.Window).ThenBy(w => w.Message, StringComparer.Ordinal)];

    private static JournalEntry ToDomain(JournalEntryRecord record) => new(record.Date)
    {
        Pain = record.Pain,
        SittingMinutes = record.SittingMinutes,
        WalkingMeters = record.WalkingMeters,
        Flare = record.Flare,
        FunctionalWins = record.FunctionalWins,
    };

    private static string Describe(JournalEntryRecord e) =>
        $"{e.Date:O}|{e.Pain}|{e.SittingMinutes}|{e.WalkingMeters}|{e.Flare}|{e.FunctionalWins}|{e.EasierToday}|{e.Triggers}|{e.Helped}";
}
