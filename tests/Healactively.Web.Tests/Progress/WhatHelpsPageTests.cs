using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;
using static Healactively.Web.Tests.Infrastructure.JournalDays;

namespace Healactively.Web.Tests.Progress;

/// <summary>The "what helps" page: next-day comparisons for the patient's own tags, as associations, only with enough days.</summary>
public sealed class WhatHelpsPageTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    /// <summary>
    /// 1 to 24 November (today is the 25th): "walk" on the odd days; the day after a walk has pain 3 and a 2-mile walk,
    /// any other day pain 5 and a 1-mile walk. "long drive" is a trigger on three days only.
    /// </summary>
    private static async Task<(HttpClient Client, string Email)> PatientWhoWalksAsync(HealactivelyFactory factory)
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory, unit: "Miles");
        var days = new List<(string, (string, string?)[])>();
        for (var day = 1; day <= 24; day++)
        {
            var afterWalk = day % 2 == 0;
            days.Add(($"2026-11-{day:00}",
            [
                ("Pain", afterWalk ? "3" : "5"),
                ("Walking", afterWalk ? "2" : "1"),
                ("Helped", day % 2 == 1 ? (day % 3 == 0 ? "Walk " : "walk") : null),
                ("Triggers", day is 4 or 10 or 16 ? "long drive" : null),
            ]));
        }

        await SaveAsync(client, [.. days]);
        return (client, email);
    }

    [Fact]
    public async Task Each_tag_with_enough_days_shows_how_the_next_day_went_as_an_association()
    {
        var (client, _) = await PatientWhoWalksAsync(factory);

        var page = await HtmlPage.GetOkAsync(client, "/Progress/WhatHelps");

        Assert.Contains("not causes", TextOf(page.Find("#what-helps-explanation")), StringComparison.Ordinal);
        var walk = Assert.Single(page.FindAll("#what-helps-helped .what-helps-tag"));
        Assert.Equal("walk", walk.GetAttribute("data-tag"));
        var lines = walk.QuerySelectorAll(".what-helps-line").ToDictionary(l => l.GetAttribute("data-metric")!, TextOf);
        // Odd days 1–23 are followed by an entry (12 days); even days 2–22 are (11 days); the 24th has no next day yet.
        Assert.Equal(
            "After days with “walk”, your pain the next day went down by 2 points on average; after other days it went up by 2 points (12 days vs 11).",
            lines["pain"]);
        Assert.Equal(
            "After days with “walk”, your walking distance the next day went up by 1 mi on average; after other days it went down by 1 mi (12 days vs 11).",
            lines["walking_meters"]);
        Assert.False(lines.ContainsKey("sitting_minutes"), "Sitting was never recorded.");
    }

    [Fact]
    public async Task A_remedy_used_on_bad_days_after_which_the_next_day_improves_is_not_called_worse()
    {
        // 1–25 November in blocks of five: a bad day with "heat pack" (pain 8), then 7, then three ordinary days (3).
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        var days = new List<(string, (string, string?)[])>();
        for (var day = 1; day <= 25; day++)
        {
            var place = (day - 1) % 5;
            days.Add(($"2026-11-{day:00}", [("Pain", place switch { 0 => "8", 1 => "7", _ => "3" }), ("Helped", place == 0 ? "heat pack" : null)]));
        }

        await SaveAsync(client, [.. days]);

        var page = await HtmlPage.GetOkAsync(client, "/Progress/WhatHelps");

        var heatPack = Assert.Single(page.FindAll("#what-helps-helped .what-helps-tag"));
        var pain = Assert.Single(heatPack.QuerySelectorAll(".what-helps-line"));
        Assert.Equal("true", pain.GetAttribute("data-better"));
        Assert.Equal(
            "After days with “heat pack”, your pain the next day went down by 1 point on average; after other days it stayed about the same (5 days vs 19).",
            TextOf(pain));
        Assert.DoesNotContain("higher", TextOf(heatPack), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tag_with_too_few_days_is_not_compared_and_says_how_many_more_days_it_needs()
    {
        var (client, _) = await PatientWhoWalksAsync(factory);

        var page = await HtmlPage.GetOkAsync(client, "/Progress/WhatHelps");

        var drive = Assert.Single(page.FindAll("#what-helps-triggers .what-helps-tag"));
        Assert.Empty(drive.QuerySelectorAll(".what-helps-line"));
        Assert.Equal(
            "“long drive”: not enough days to compare yet. 2 more days with it, each followed by a journaled day, and you will see how the next day went.",
            TextOf(drive.QuerySelector(".what-helps-needs-more")));
    }

    [Fact]
    public async Task A_journal_without_tags_explains_what_is_needed_and_progress_links_here()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client, Range("2026-11-20", "2026-11-24", ("Pain", "4")));

        var progress = await HtmlPage.GetOkAsync(client, "/Progress");
        var link = progress.Find("#what-helps-link a")!.GetAttribute("href")!;
        var page = await HtmlPage.GetOkAsync(client, link);

        Assert.Contains("Nothing to compare yet", TextOf(page.Find("#what-helps-empty")), StringComparison.Ordinal);
        Assert.Empty(page.FindAll(".what-helps-tag"));
    }

    [Fact]
    public async Task Another_patient_sees_only_their_own_journal_and_clinicians_and_visitors_are_kept_out()
    {
        var (_, email) = await PatientWhoWalksAsync(factory);
        var (other, _) = await Accounts.RegisterPatientAsync(factory);
        var (clinician, _, clinicianId) = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await Accounts.LinkAsync(factory, Accounts.UserId(factory, email), clinicianId);

        var theirs = await HtmlPage.GetOkAsync(other, "/Progress/WhatHelps");
        Assert.Empty(theirs.FindAll(".what-helps-tag"));
        Assert.DoesNotContain("long drive", theirs.Text, StringComparison.Ordinal);
        Assert.NotNull(theirs.Find("#what-helps-empty"));

        var staff = await clinician.GetAsync("/Progress/WhatHelps");
        Assert.Equal(HttpStatusCode.Forbidden, staff.StatusCode);

        var visitor = await factory.CreateBrowser().GetAsync("/Progress/WhatHelps");
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", visitor.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
