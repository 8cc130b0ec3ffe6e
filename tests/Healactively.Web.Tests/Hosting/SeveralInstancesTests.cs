using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;
using Healactively.Web.Tests.Journal;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Hosting;

/// <summary>
/// Two app instances over one database (as behind a clinic's load balancer): a patient signed in on
/// one keeps working on the other, because the Data Protection keys live in the database.
/// Runs on SQLite (two instances over one file) and, in the Postgres build, on one PostgreSQL database.
/// </summary>
public sealed class SeveralInstancesTests
{
    private static readonly Uri Site = new("https://localhost/");

    [Fact]
    public async Task A_patient_signed_in_on_one_instance_journals_on_another_with_the_same_cookies()
    {
        using var first = new HealactivelyFactory();
        using var second = new HealactivelyFactory { DatabasePath = first.DatabasePath };
        var (cookies, email) = await SignInAsync(first);

        var onSecond = second.CreateDefaultClient(Site, new CookieContainerHandler(Copy(cookies)));
        var saved = await JournalForms.SaveAsync(onSecond, "2026-11-25", JournalForms.Values(("Pain", "3"), ("SittingMinutes", "40")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var entry = Assert.Single(JournalTestData.Entries(first, email));
        Assert.Equal(new DateOnly(2026, 11, 25), entry.Date);
        Assert.Equal(40, entry.SittingMinutes);
        await using var scope = second.Services.CreateAsyncScope();
        Assert.NotEqual(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().DataProtectionKeys.CountAsync());
    }

    [Fact]
    public async Task A_journal_saved_on_one_instance_is_on_the_home_another_instance_showed_before()
    {
        using var first = new HealactivelyFactory();
        using var second = new HealactivelyFactory { DatabasePath = first.DatabasePath };
        var (cookies, _) = await SignInAsync(first);
        var onFirst = first.CreateDefaultClient(Site, new CookieContainerHandler(Copy(cookies)));
        Assert.NotNull((await HtmlPage.GetOkAsync(onFirst, "/Home")).Find("#journal-today"));

        var onSecond = second.CreateDefaultClient(Site, new CookieContainerHandler(Copy(cookies)));
        var saved = await JournalForms.SaveAsync(onSecond, "2026-11-25", JournalForms.Values(("Pain", "2")));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        // The first instance kept its home page in memory; the stamp raised by the save on the second makes it read again.
        var home = await HtmlPage.GetOkAsync(onFirst, "/Home");
        Assert.Equal("pain 2/10", JournalDays.TextOf(home.Find("#today-summary")));
    }

    [Fact]
    public async Task An_instance_over_another_database_does_not_accept_the_cookie()
    {
        using var first = new HealactivelyFactory();
        using var elsewhere = new HealactivelyFactory();
        var (cookies, _) = await SignInAsync(first);

        var onElsewhere = elsewhere.CreateDefaultClient(Site, new CookieContainerHandler(Copy(cookies)));
        var response = await onElsewhere.GetAsync(new Uri("/Journal", UriKind.Relative));

        // The keys are not shared through the file system or the process: sign-in is asked for again.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    /// <summary>Registers a patient on <paramref name="factory"/>, signs in with the real form and returns the Cookie header the browser then sends.</summary>
    private static async Task<(string CookieHeader, string Email)> SignInAsync(HealactivelyFactory factory)
    {
        var (_, email) = await Accounts.RegisterPatientAsync(factory);
        var jar = new CookieContainer();
        var browser = factory.CreateDefaultClient(Site, new CookieContainerHandler(jar));
        var signedIn = await Accounts.SignInAsync(browser, email);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        await HtmlPage.GetOkAsync(browser, "/Journal");
        return (jar.GetCookieHeader(Site), email);
    }

    private static CookieContainer Copy(string cookieHeader)
    {
        var jar = new CookieContainer();
        foreach (var pair in cookieHeader.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            jar.Add(Site, new Cookie(pair[..equals], pair[(equals + 1)..]));
        }

        return jar;
    }
}
