using System.Net;
using Healactively.Web.Tests.Infrastructure;
using static Healactively.Web.Tests.Infrastructure.JournalDays;

namespace Healactively.Web.Tests.Wins;

/// <summary>The wins page lists the stored wins of the signed-in patient only: newest first, by date, filterable, paginated.</summary>
public sealed class WinsPageTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string StreakSentence = "You have journaled 7 days in a row.";
    private const string PainSentence = "Your pain was 2 points lower than your usual last week (5 → 3).";
    private const string SittingSentence = "You sat 15 minutes longer than your usual last week (30 → 45 min).";

    /// <summary>
    /// A week ending today (2026-11-25): sitting 30 then 45 on the 22nd (week median 30), pain 5 then 3 on the 23rd
    /// (week median 5), and the seventh day in a row today. Exactly three wins.
    /// </summary>
    private static async Task<HttpClient> PatientWithThreeWinsAsync(HealactivelyFactory factory)
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client,
            ("2026-11-19", [("Pain", "5"), ("SittingMinutes", "30")]),
            ("2026-11-20", [("Pain", "5"), ("SittingMinutes", "30")]),
            ("2026-11-21", [("Pain", "5"), ("SittingMinutes", "30")]),
            ("2026-11-22", [("SittingMinutes", "45")]),
            ("2026-11-23", [("Pain", "3"), ("SittingMinutes", "30")]),
            ("2026-11-24", [("Pain", "5"), ("SittingMinutes", "30")]),
            ("2026-11-25", [("Pain", "5"), ("SittingMinutes", "30")]));
        return client;
    }

    private static string[] Messages(HtmlPage page) => [.. page.FindAll(".win-message").Select(TextOf)];

    private static string[] Dates(HtmlPage page) => [.. page.FindAll(".win-day").Select(d => d.GetAttribute("data-date")!)];

    [Fact]
    public async Task Wins_are_listed_newest_first_grouped_by_date_with_their_numbers()
    {
        var client = await PatientWithThreeWinsAsync(factory);

        var page = await HtmlPage.GetOkAsync(client, "/Wins");

        Assert.Equal(["2026-11-25", "2026-11-23", "2026-11-22"], Dates(page));
        Assert.Equal(
            ["Wednesday 25 November 2026", "Monday 23 November 2026", "Sunday 22 November 2026"],
            page.FindAll(".win-day h2").Select(TextOf));
        Assert.Equal([StreakSentence, PainSentence, SittingSentence], Messages(page));
        Assert.Contains("3 wins", TextOf(page.Find("#wins-total")), StringComparison.Ordinal);

        var sitting = page.Find(".win-day[data-date='2026-11-22'] .win-card")!;
        Assert.Equal("sitting_minutes", sitting.GetAttribute("data-metric"));
        Assert.Equal("Improvement · Sitting", TextOf(sitting.QuerySelector(".win-kind")));
        Assert.Equal("Usual last week: 30 min → 45 min · 15 min better", TextOf(sitting.QuerySelector(".win-numbers")));
        Assert.Equal("meaningful", TextOf(sitting.QuerySelector(".win-meaningful")));

        var pain = page.Find(".win-day[data-date='2026-11-23'] .win-card")!;
        Assert.Equal("Usual last week: 5 points → 3 points · 2 points better", TextOf(pain.QuerySelector(".win-numbers")));

        var streak = page.Find(".win-day[data-date='2026-11-25'] .win-card")!;
        Assert.Equal("7 days in a row", TextOf(streak.QuerySelector(".win-numbers")));
        Assert.Null(streak.QuerySelector(".win-meaningful"));
    }

    [Fact]
    public async Task Filters_offer_the_patients_own_metrics_and_kinds_and_narrow_the_list()
    {
        var client = await PatientWithThreeWinsAsync(factory);

        var page = await HtmlPage.GetOkAsync(client, "/Wins");
        Assert.Equal(["", "journal", "pain", "sitting_minutes"], page.FindAll("#filter-metric option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["Everything", "Journaling", "Pain", "Sitting"], page.FindAll("#filter-metric option").Select(TextOf));
        Assert.Equal(["", "improvement", "streak"], page.FindAll("#filter-kind option").Select(o => o.GetAttribute("value")));

        var streaks = await HtmlPage.GetOkAsync(client, "/Wins?kind=streak");
        Assert.Equal([StreakSentence], Messages(streaks));
        Assert.Equal("streak", streaks.Find("#filter-kind option[selected]")!.GetAttribute("value"));
        Assert.Contains("1 win matches", TextOf(streaks.Find("#filter-status")), StringComparison.Ordinal);

        var pain = await HtmlPage.GetOkAsync(client, "/Wins?metric=pain");
        Assert.Equal([PainSentence], Messages(pain));
        Assert.Equal(["2026-11-23"], Dates(pain));

        var improvements = await HtmlPage.GetOkAsync(client, "/Wins?metric=sitting_minutes&kind=improvement");
        Assert.Equal([SittingSentence], Messages(improvements));

        var nothing = await HtmlPage.GetOkAsync(client, "/Wins?metric=pain&kind=streak");
        Assert.Empty(Messages(nothing));
        Assert.NotNull(nothing.Find("#no-matching-wins"));
    }

    [Theory]
    [InlineData("/Wins?kind=bogus")]
    [InlineData("/Wins?metric=%3Cscript%3E")]
    [InlineData("/Wins?kind=personal_best")]
    [InlineData("/Wins?metric=nope&kind=&page=abc")]
    [InlineData("/Wins?page=-3")]
    [InlineData("/Wins?page=99999999999")]
    public async Task Unknown_filter_values_are_ignored_and_never_fail(string url)
    {
        var client = await PatientWithThreeWinsAsync(factory);

        var page = await HtmlPage.GetOkAsync(client, url);

        Assert.Equal([StreakSentence, PainSentence, SittingSentence], Messages(page));
        Assert.Null(page.Find("#filter-status"));
    }

    [Fact]
    public async Task Many_days_of_wins_are_paginated_by_date()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        // 22 days with a ticked functional win: 22 dates with wins (plus streaks on the 7th and 14th day).
        await SaveAsync(client, Range("2026-11-04", "2026-11-25", ("SleptThroughNight", "true")));

        var first = await HtmlPage.GetOkAsync(client, "/Wins");
        var dates = Dates(first);
        Assert.Equal(20, dates.Length);
        Assert.Equal("2026-11-25", dates[0]);
        Assert.Equal("2026-11-06", dates[^1]);
        Assert.Contains("Page 1 of 2", first.Find(".pager")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Wins?page=2", first.Find(".pager a[rel=next]")!.GetAttribute("href"));

        var second = await HtmlPage.GetOkAsync(client, "/Wins?page=2");
        Assert.Equal(["2026-11-05", "2026-11-04"], Dates(second));
        Assert.Equal(["You slept through the night.", "You slept through the night."], Messages(second));

        // Filters are kept in the pager's links.
        var filtered = await HtmlPage.GetOkAsync(client, "/Wins?kind=micro_win");
        Assert.Equal("/Wins?kind=micro_win&page=2", filtered.Find(".pager a[rel=next]")!.GetAttribute("href"));
        var streaks = await HtmlPage.GetOkAsync(client, "/Wins?kind=streak");
        Assert.Equal(["2026-11-17", "2026-11-10"], Dates(streaks));
        Assert.Equal(["You have journaled 14 days in a row.", "You have journaled 7 days in a row."], Messages(streaks));
        Assert.Null(streaks.Find(".pager"));
    }

    [Fact]
    public async Task A_new_patient_sees_a_friendly_empty_state()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);

        var page = await HtmlPage.GetOkAsync(client, "/Wins");

        Assert.NotNull(page.Find("#no-wins"));
        Assert.Equal("/Journal/Entry", page.Find("#no-wins a.btn")!.GetAttribute("href"));
        Assert.Null(page.Find("#win-filters"));
        Assert.Empty(Messages(page));
    }

    [Fact]
    public async Task Another_patient_sees_none_of_the_first_patients_wins()
    {
        await PatientWithThreeWinsAsync(factory);
        var (other, _) = await Accounts.RegisterPatientAsync(factory);

        foreach (var url in new[] { "/Wins", "/Wins?metric=sitting_minutes", "/Wins?kind=streak", "/Wins?page=2" })
        {
            var page = await HtmlPage.GetOkAsync(other, url);
            Assert.NotNull(page.Find("#no-wins"));
            Assert.DoesNotContain("You sat", page.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("You have journaled", page.Html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var response = await factory.CreateBrowser().GetAsync("/Wins?kind=streak");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
