using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Cheers;

/// <summary>
/// A patient with a known week of wins (the clock is Wednesday 2026-11-25) and supporters linked directly in the
/// database (the invitation itself is tested with the supporters' pages): sitting 45 on Sunday 22nd (a sitting moment),
/// pain 3 on Monday 23rd (a pain moment, not shared by default) and a functional win on the 24th.
/// </summary>
internal static class CheerSteps
{
    public const string DefaultSubjects = "sitting walking functional streak flare";
    public const string SittingMoment = "2026-11-22";
    public const string SittingSubject = "sitting_minutes";

    public sealed record Patient(HttpClient Client, string Id);

    public sealed record Supporter(HttpClient Client, string Id, long LinkId, string Email);

    public static async Task<Patient> PatientWithWinsAsync(HealactivelyFactory factory, string zone = "Europe/London")
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory, zone: zone, name: "Amara");
        await JournalDays.SaveAsync(client,
            ("2026-11-19", [("Pain", "5"), ("SittingMinutes", "30")]),
            ("2026-11-20", [("Pain", "5"), ("SittingMinutes", "30")]),
            ("2026-11-21", [("Pain", "5"), ("SittingMinutes", "30")]),
            ("2026-11-22", [("SittingMinutes", "45")]),
            ("2026-11-23", [("Pain", "3"), ("SittingMinutes", "30")]),
            ("2026-11-24", [("Pain", "5"), ("SittingMinutes", "30"), ("StoodWithoutWincing", "true"), ("EasierToday", "Tying my shoes")]));
        return new Patient(client, Accounts.UserId(factory, email));
    }

    /// <summary>A supporter account (role Supporter) linked to the patient with these subjects, signed in.</summary>
    public static async Task<Supporter> SupporterAsync(HealactivelyFactory factory, string patientId, string name = "Jo", string subjects = DefaultSubjects)
    {
        var email = Accounts.NewEmail("supporter");
        long linkId;
        string userId;
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name + " (account)" };
            Assert.True((await users.CreateAsync(user, Accounts.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Supporter)).Succeeded);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var link = new SupporterLink { PatientId = patientId, SupporterId = user.Id, Name = name, Subjects = subjects, CreatedAt = factory.Clock.GetUtcNow() };
            db.SupporterLinks.Add(link);
            await db.SaveChangesAsync();
            linkId = link.Id;
            userId = user.Id;
        }

        var client = factory.CreateBrowser();
        var signedIn = await Accounts.SignInAsync(client, email);
        Assert.True(signedIn.Status == HttpStatusCode.Redirect, $"Signing the supporter in failed: {signedIn.Text}");
        return new Supporter(client, userId, linkId, email);
    }

    /// <summary>Posts a cheer as the supporter's browser would (with an antiforgery token of their session).</summary>
    public static async Task<HtmlPage> CheerAsync(HttpClient supporter, string patientId, string date, string subject, string? reaction, string? message = null)
    {
        var page = await HtmlPage.GetOkAsync(supporter, "/Identity/Account/Manage");
        var token = page.Find("#sign-out-form input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"The supporter is not signed in: {page.Url} {page.Text}");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token),
            new("Date", date),
            new("Subject", subject),
        };
        if (reaction is not null)
        {
            fields.Add(new("Reaction", reaction));
        }

        if (message is not null)
        {
            fields.Add(new("Message", message));
        }

        var url = new Uri($"https://localhost/Supporting/{Uri.EscapeDataString(patientId)}/Cheer");
        using var content = new FormUrlEncodedContent(fields);
        var response = await supporter.PostAsync(url, content);
        return await HtmlPage.FromResponseAsync(response, url);
    }

    public static async Task<int> CountAsync(HealactivelyFactory factory, string patientId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Cheers.CountAsync(c => c.PatientId == patientId);
    }

    public static async Task RevokeAsync(HealactivelyFactory factory, long linkId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = factory.Clock.GetUtcNow();
        await db.SupporterLinks.Where(l => l.Id == linkId).ExecuteUpdateAsync(s => s.SetProperty(l => l.RevokedAt, now));
    }
}
