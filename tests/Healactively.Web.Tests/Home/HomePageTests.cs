using System.Net;
using Healactively.Web.Tests.Infrastructure;
using static Healactively.Web.Tests.Infrastructure.JournalDays;

namespace Healactively.Web.Tests.Home;

/// <summary>The patient's home leads with what improved: today's prompt or summary, this week's wins, the streak, then and now.</summary>
public sealed class HomePageTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    /// <summary>
    /// Today is Wednesday 2026-11-25. A month ago (26 Oct) and a week ago (18 Nov) are journaled, and the last four days in a row,
    /// with a night slept through yesterday and sitting 45 minutes today against a usual 30.
    /// </summary>
    private static async Task<HttpClient> PatientWithAMonthAsync(HealactivelyFactory factory)
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client,
            ("2026-10-26", [("Pain", "6"), ("SittingMinutes", "20")]),
            ("2026-11-18", [("Pain", "4"), ("SittingMinutes", "30"), ("Walking", "2.5")]),
            ("2026-11-22", [("SittingMinutes", "30")]),
            ("2026-11-23", [("SittingMinutes", "30")]),
            ("2026-11-24", [("SleptThroughNight", "true")]),
            ("2026-11-25", [("Pain", "3"), ("SittingMinutes", "45"), ("Walking", "2")]));
        return client;
    }

    private static string Card(HtmlPage page, string metric, string part) =>
        TextOf(page.Find($"#then-and-now [data-metric='{metric}'] {part}"));

    [Fact]
    public async Task Today_is_summarised_with_this_weeks_wins_and_the_streak()
    {
        var client = await PatientWithAMonthAsync(factory);

        var home = await HtmlPage.GetOkAsync(client, "/Home");

        Assert.Null(home.Find("#journal-today"));
        Assert.Equal("sat 45 min · walked 2 km · pain 3/10", TextOf(home.Find("#today-summary")));
        Assert.Equal("1 win today", TextOf(home.Find("#today-wins")));

        Assert.Equal(
            [
                // Each card ends with its Share button (hidden until the script shows it).
                "Wed 25 Nov You sat 15 minutes longer than your usual last week (30 → 45 min). meaningful Share",
                "Tue 24 Nov You slept through the night. Share",
            ],
            home.FindAll("#highlights > li").Select(TextOf));

        Assert.Equal("4", TextOf(home.Find("#streak-days")));
        Assert.Equal("4 days in a row of journaling.", TextOf(home.Find("#streak")));
    }

    [Fact]
    public async Task A_busy_week_shows_its_five_strongest_moments_and_how_many_more_there_are()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        (string, string?)[] allFive =
            [("StoodWithoutWincing", "true"), ("SleptThroughNight", "true"), ("CarriedWithoutHesitation", "true"), ("WalkedConfidently", "true"), ("DidAvoidedMovement", "true")];
        await SaveAsync(client, ("2026-11-23", allFive), ("2026-11-24", allFive));

        var home = await HtmlPage.GetOkAsync(client, "/Home");

        // Ten functional wins, each its own moment and all as strong: the newer date first, then the form's order.
        var wins = home.FindAll("#highlights > li");
        Assert.Equal(5, wins.Count);
        Assert.All(wins, w => Assert.Equal("2026-11-24", w.GetAttribute("data-date")));
        Assert.Equal("5 more wins this week", TextOf(home.Find("#more-wins")));
        Assert.Equal("/Wins", home.Find("#more-wins a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Then_and_now_compares_today_with_a_week_and_a_month_ago_improvements_first()
    {
        var client = await PatientWithAMonthAsync(factory);

        var home = await HtmlPage.GetOkAsync(client, "/Home");

        // Sitting and pain improved, so they come before walking.
        Assert.Equal(["sitting_minutes", "pain", "walking_meters"], home.FindAll("#then-and-now [data-metric]").Select(c => c.GetAttribute("data-metric")));

        Assert.Equal("Today: 45 min", Card(home, "sitting_minutes", ".today-value"));
        Assert.Equal("A week ago (Wed 18 Nov): 30 min · 15 min longer now", Card(home, "sitting_minutes", "[data-when=week]"));
        Assert.Equal("A month ago (Mon 26 Oct): 20 min · 25 min longer now", Card(home, "sitting_minutes", "[data-when=month]"));

        Assert.Equal("Today: 3 points", Card(home, "pain", ".today-value"));
        Assert.Equal("A week ago (Wed 18 Nov): 4 points · 1 point lower now", Card(home, "pain", "[data-when=week]"));
        Assert.Equal("A month ago (Mon 26 Oct): 6 points · 3 points lower now", Card(home, "pain", "[data-when=month]"));

        // A dip shows the earlier number, never a headline about what got worse; a missing day is "not recorded".
        Assert.Equal("Today: 2 km", Card(home, "walking_meters", ".today-value"));
        Assert.Equal("A week ago (Wed 18 Nov): 2.5 km", Card(home, "walking_meters", "[data-when=week]"));
        Assert.Equal("A month ago (Mon 26 Oct): not recorded", Card(home, "walking_meters", "[data-when=month]"));
        Assert.Contains("trend-better", home.Find("#then-and-now [data-metric='sitting_minutes'] [data-when=week]")!.ClassName, StringComparison.Ordinal);
        Assert.Contains("trend-lower", home.Find("#then-and-now [data-metric='walking_meters'] [data-when=week]")!.ClassName, StringComparison.Ordinal);
        Assert.NotNull(home.Find("#dip-note"));
    }

    [Fact]
    public async Task Before_journaling_today_the_prompt_shows_and_the_streak_counts_up_to_yesterday()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client, Range("2026-11-22", "2026-11-24", ("SittingMinutes", "30")));
        await SaveAsync(client, ("2026-11-18", [("SittingMinutes", "25")]));

        var home = await HtmlPage.GetOkAsync(client, "/Home");

        Assert.Equal("/Journal/Entry", home.Find("#journal-today")!.GetAttribute("href"));
        Assert.Null(home.Find("#today-summary"));
        Assert.Equal("3 days in a row of journaling. Journal today to make it 4.", TextOf(home.Find("#streak")));
        Assert.Equal("Not recorded today", Card(home, "sitting_minutes", ".today-value"));
        Assert.Equal("A week ago (Wed 18 Nov): 25 min", Card(home, "sitting_minutes", "[data-when=week]"));
        Assert.Equal("A month ago (Mon 26 Oct): not recorded", Card(home, "sitting_minutes", "[data-when=month]"));
        Assert.Null(home.Find("#dip-note"));
    }

    [Fact]
    public async Task A_streak_broken_before_yesterday_is_not_shown()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client, Range("2026-11-19", "2026-11-23", ("SittingMinutes", "30")));

        var home = await HtmlPage.GetOkAsync(client, "/Home");

        Assert.Null(home.Find("#streak"));
        Assert.NotNull(home.Find("#journal-today"));
    }

    [Fact]
    public async Task A_new_patient_is_guided_to_the_first_entry()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);

        var home = await HtmlPage.GetOkAsync(client, "/");

        Assert.Equal("/Home", home.Url.AbsolutePath);
        Assert.NotNull(home.Find("#home-empty"));
        Assert.Equal("/Journal/Entry", home.Find("#journal-today")!.GetAttribute("href"));
        Assert.Null(home.Find("#today-summary"));
        Assert.Null(home.Find("#streak"));
        Assert.Null(home.Find("#then-and-now"));
        Assert.Empty(home.FindAll("#week-wins li"));
    }

    [Fact]
    public async Task An_ongoing_flare_is_shown_gently_before_the_wins_and_then_and_now()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client, ("2026-11-20", [("FlareStarted", "true"), ("Pain", "7")]));

        var home = await HtmlPage.GetOkAsync(client, "/Home");

        Assert.Contains("ongoing since Friday 20 November 2026", home.Find("#ongoing-flare")!.TextContent, StringComparison.Ordinal);
        var order = home.FindAll("#today-card, #week-wins, #ongoing-flare, #then-and-now").Select(e => e.Id!).ToArray();
        Assert.Equal(["today-card", "ongoing-flare", "week-wins", "then-and-now"], order);
    }

    [Fact]
    public async Task Another_patient_sees_only_their_own_home()
    {
        await PatientWithAMonthAsync(factory);
        var (other, _) = await Accounts.RegisterPatientAsync(factory, name: "Robin");

        var home = await HtmlPage.GetOkAsync(other, "/Home");

        Assert.Contains("Hello, Robin", home.Text, StringComparison.Ordinal);
        Assert.NotNull(home.Find("#home-empty"));
        Assert.Empty(home.FindAll("#week-wins li"));
        Assert.DoesNotContain("You sat", home.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("45 min", home.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Home")]
    [InlineData("/Wins")]
    [InlineData("/Progress")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        var response = await factory.CreateBrowser().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
