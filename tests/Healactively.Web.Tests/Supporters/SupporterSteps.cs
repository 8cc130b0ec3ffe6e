using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Healactively.Web.Tests.Supporters;

/// <summary>The supporter steps as people do them: a patient invites, the invited person opens the emailed link.</summary>
internal static partial class SupporterSteps
{
    /// <summary>Today in the test apps (2026-11-25, Europe/London) and the eight days before it.</summary>
    public const string Today = "2026-11-25";

    /// <summary>
    /// Nine days of journal (so there are week improvements in pain, sitting and walking today, a 7-day streak and a
    /// functional win), with <paramref name="marker"/> in every free-text field of every day.
    /// </summary>
    public static async Task JournalWithWinsAsync(HttpClient patient, string marker)
    {
        var text = new (string, string?)[] { ("EasierToday", $"easier {marker}"), ("Triggers", $"trigger {marker}"), ("Helped", $"helped {marker}") };
        await JournalDays.SaveAsync(patient, JournalDays.Range("2026-11-17", "2026-11-24", [("Pain", "5"), ("SittingMinutes", "30"), ("Walking", "1"), .. text]));
        await JournalDays.SaveAsync(patient, (Today, [("Pain", "2"), ("SittingMinutes", "60"), ("Walking", "2.5"), ("SleptThroughNight", "true"), .. text]));
    }

    /// <summary>Fills the invite form with exactly these subjects ticked (null keeps the defaults) and posts it; not followed.</summary>
    public static async Task<HtmlPage> InviteAsync(HttpClient patient, string email, string? name = null, IReadOnlyCollection<string>? subjects = null, bool weekSummary = false)
    {
        var page = await HtmlPage.GetOkAsync(patient, "/Supporters");
        if (subjects is not null)
        {
            foreach (var box in page.FindAll("#supporter-invite-form input[name='Input.Subjects']").Cast<IHtmlInputElement>())
            {
                box.IsChecked = subjects.Contains(box.Value);
            }
        }

        return await page.SubmitAsync(patient, "#supporter-invite-form", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Name"] = name,
            ["Input.ShareWeekSummary"] = weekSummary ? "true" : "false",
        });
    }

    /// <summary>The accept link (path and query) of the newest invitation email to <paramref name="email"/> in the app's pickup folder.</summary>
    public static string LinkFromPickup(HealactivelyFactory factory, string email)
    {
        var message = Directory.GetFiles(factory.MailPickupFolder, "*.eml")
            .Select(f => (File: f, Message: MimeMessage.Load(f)))
            .Where(m => m.Message.To.Mailboxes.Any(b => string.Equals(b.Address, email, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(m => File.GetLastWriteTimeUtc(m.File))
            .Select(m => m.Message)
            .First();
        return LinkIn(message);
    }

    public static string LinkIn(MimeMessage message)
    {
        var match = Link().Match(message.TextBody ?? string.Empty);
        Assert.True(match.Success, "The invitation has a link in its text part.");
        var uri = new Uri(match.Value);
        Assert.Equal(HealactivelyFactory.PublicBaseUrl, uri.GetLeftPart(UriPartial.Authority));
        return uri.PathAndQuery;
    }

    /// <summary>A visitor opens the link and creates a supporter account; returns the signed-in client and the final page.</summary>
    public static async Task<(HttpClient Client, HtmlPage Page)> AcceptAsNewAsync(HealactivelyFactory factory, string link, string name = "Sam Supporter")
    {
        var visitor = factory.CreateBrowser();
        var page = await HtmlPage.GetOkAsync(visitor, link);
        var created = await page.SubmitAsync(visitor, "#supporter-register-form", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = name,
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
        });
        Assert.True(created.Status == HttpStatusCode.Redirect, $"Creating the supporter account answered {(int)created.Status}: {created.Text}");
        return (visitor, await HtmlPage.FollowAsync(visitor, created));
    }

    /// <summary>
    /// A supporter account signed in with the real form, linked to the patient (directly in the database, for tests
    /// not about consent) with the default subjects and the week summary, or unlinked when <paramref name="patientId"/> is null.
    /// </summary>
    public static async Task<(HttpClient Client, long LinkId)> SignInLinkedSupporterAsync(HealactivelyFactory factory, string? patientId, string subjects = "sitting walking functional streak flare")
    {
        var (email, supporterId) = await Accounts.CreateStaffAsync(factory, Roles.Supporter, "Sam");
        var client = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(client, email)).Status);
        if (patientId is null)
        {
            return (client, 0);
        }

        return (client, await LinkAsync(factory, patientId, supporterId, subjects));
    }

    public static async Task<long> LinkAsync(HealactivelyFactory factory, string patientId, string supporterId, string subjects = "sitting walking functional streak flare")
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var link = new SupporterLink { PatientId = patientId, SupporterId = supporterId, Name = "Sam", Subjects = subjects, ShareWeekSummary = true, CreatedAt = factory.Clock.GetUtcNow() };
        db.SupporterLinks.Add(link);
        await db.SaveChangesAsync();
        return link.Id;
    }

    /// <summary>A cheer on the link, planted directly (sending one is the cheers feature's).</summary>
    public static async Task PlantCheerAsync(HealactivelyFactory factory, long linkId, string message)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var link = await db.SupporterLinks.AsNoTracking().SingleAsync(l => l.Id == linkId);
        db.Cheers.Add(new Cheer
        {
            SupporterLinkId = linkId,
            PatientId = link.PatientId,
            SupporterId = link.SupporterId,
            MomentDate = new DateOnly(2026, 11, 25),
            MomentSubject = "sitting_minutes",
            Reaction = CheerReaction.WellDone,
            Message = message,
            CreatedAt = factory.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync();
    }

    public static List<AuditEvent> AuditRows(HealactivelyFactory factory, string patientId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.AuditEvents.AsNoTracking().Where(a => a.PatientId == patientId).OrderBy(a => a.Id).ToList();
    }

    /// <summary>The text of every moment card on a page (headline and supporting facts).</summary>
    /// <remarks>The cheer form under each card is left out: its reactions ("Proud of you") are the supporter's words to the patient, not a moment's sentence.</remarks>
    public static IReadOnlyList<string> MomentTexts(HtmlPage page) =>
        [.. page.FindAll(".moment-card").Select(card =>
        {
            var copy = (AngleSharp.Dom.IElement)card.Clone();
            foreach (var form in copy.QuerySelectorAll(".cheer-form").ToArray())
            {
                form.Remove();
            }

            return JournalDays.TextOf(copy);
        })];

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [GeneratedRegex(@"\b(you|your|yours|yourself)\b", RegexOptions.IgnoreCase)]
    public static partial Regex SecondPerson();
}
