using System.Net;
using Healactively.Domain.Wins.Moments;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Healactively.Web.Tests.Infrastructure.JournalDays;

namespace Healactively.Web.Tests.Wins;

/// <summary>
/// "A week in wins" (/Wins/Week): days journaled, the strongest moments, each metric's usual value this week against
/// last week, flare-ups, for an ISO week in the patient's zone; only the patient's own journal.
/// </summary>
public sealed class WeekPageTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    /// <summary>
    /// Today is Wednesday 2026-11-25 (week 2026-W48, from Monday 23 November). Last week (W47) sitting 30, 35, 40 and
    /// pain 5, 4, 4 on the 16th–18th; this week sitting 40, 45, 40 and pain 3, 5, 5, with a flare-up from the 24th.
    /// </summary>
    private static async Task<(HttpClient Client, string Email)> PatientWithTwoWeeksAsync(HealactivelyFactory factory)
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client,
            ("2026-11-16", [("SittingMinutes", "30"), ("Pain", "5")]),
            ("2026-11-17", [("SittingMinutes", "35"), ("Pain", "4")]),
            ("2026-11-18", [("SittingMinutes", "40"), ("Pain", "4")]),
            ("2026-11-23", [("SittingMinutes", "40"), ("Pain", "3")]),
            ("2026-11-24", [("SittingMinutes", "45"), ("Pain", "5"), ("FlareStarted", "true"), ("EasierToday", "A secret sentence")]),
            ("2026-11-25", [("SittingMinutes", "40"), ("Pain", "5")]));
        return (client, email);
    }

    private static Dictionary<string, string> Metrics(HtmlPage page) =>
        page.FindAll("#week-metrics .week-metric").ToDictionary(l => l.GetAttribute("data-metric")!, TextOf);

    [Fact]
    public async Task This_week_shows_days_journaled_each_metric_against_last_week_and_the_flare_up()
    {
        var (client, _) = await PatientWithTwoWeeksAsync(factory);

        var page = await HtmlPage.GetOkAsync(client, "/Wins/Week");

        Assert.Equal("2026-W48", page.Find("#week-range")!.GetAttribute("data-week"));
        Assert.Equal("You journaled on 3 of the 3 days so far.", TextOf(page.Find("#week-days")));
        var metrics = Metrics(page);
        Assert.Equal(["sitting_minutes", "pain"], metrics.Keys);
        Assert.Equal("Sitting: usually 40 min this week, 35 min last week — 5 min longer.", metrics["sitting_minutes"]);
        // Pain went up: both numbers, stated neutrally, with no "higher" headline.
        Assert.Equal("Pain: usually 5 points this week, 4 points last week.", metrics["pain"]);
        Assert.Equal("lower", page.Find("#week-metrics [data-metric='pain']")!.GetAttribute("data-trend"));
        Assert.Equal(["A flare-up started on Tue 24 Nov.", "It has not been marked over yet. Be gentle with yourself."], page.FindAll(".week-flare").Select(TextOf));
        Assert.DoesNotContain("A secret sentence", page.Html, StringComparison.Ordinal);
        Assert.Equal("/Wins/Week?week=2026-W47", page.Find("#week-previous")!.GetAttribute("href"));
        Assert.Null(page.Find("#week-next"));
        Assert.Null(page.Find("#week-notice"));
    }

    [Fact]
    public async Task An_earlier_week_is_chosen_with_the_iso_week_and_compared_with_the_week_before_it()
    {
        var (client, _) = await PatientWithTwoWeeksAsync(factory);

        var page = await HtmlPage.GetOkAsync(client, "/Wins/Week?week=2026-W47");

        Assert.Equal("2026-W47", page.Find("#week-range")!.GetAttribute("data-week"));
        Assert.StartsWith("Monday 16 November 2026 to Sunday 22 November 2026", TextOf(page.Find("#week-range")), StringComparison.Ordinal);
        Assert.Equal("You journaled on 3 of 7 days.", TextOf(page.Find("#week-days")));
        var metrics = Metrics(page);
        Assert.Equal("Sitting: usually 35 min this week; not recorded last week.", metrics["sitting_minutes"]);
        Assert.Equal("Pain: usually 4 points this week; not recorded last week.", metrics["pain"]);
        Assert.Equal("/Wins/Week?week=2026-W48", page.Find("#week-next")!.GetAttribute("href"));
        Assert.Empty(page.FindAll(".week-flare"));
    }

    [Theory]
    [InlineData("2026-W49", "That week has not started yet, so this is the current week.")]
    [InlineData("2027-W01", "That week has not started yet, so this is the current week.")]
    [InlineData("2025-W53", "That week could not be read (it should look like 2026-W48), so this is the current week.")]
    [InlineData("2026-48", "That week could not be read (it should look like 2026-W48), so this is the current week.")]
    [InlineData("2026-W00", "That week could not be read (it should look like 2026-W48), so this is the current week.")]
    [InlineData("<script>", "That week could not be read (it should look like 2026-W48), so this is the current week.")]
    public async Task A_bad_or_future_week_falls_back_to_the_current_week_with_a_clear_message(string week, string message)
    {
        var (client, _) = await PatientWithTwoWeeksAsync(factory);

        var page = await HtmlPage.GetOkAsync(client, "/Wins/Week?week=" + Uri.EscapeDataString(week));

        Assert.Equal(message, TextOf(page.Find("#week-notice")));
        Assert.Equal("2026-W48", page.Find("#week-range")!.GetAttribute("data-week"));
    }

    [Theory]
    [InlineData("2026-w47", "2026-W47")]
    [InlineData("2020-W53", "2020-W53")]
    [InlineData("2026-W01", "2026-W01")]
    public async Task Iso_weeks_are_read_as_iso_weeks(string week, string expected)
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);

        var page = await HtmlPage.GetOkAsync(client, "/Wins/Week?week=" + week);

        Assert.Equal(expected, page.Find("#week-range")!.GetAttribute("data-week"));
        Assert.Null(page.Find("#week-notice"));
        if (expected == "2026-W01")
        {
            // ISO week 1 of 2026 starts on Monday 29 December 2025.
            Assert.StartsWith("Monday 29 December 2025", TextOf(page.Find("#week-range")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_strongest_moments_come_first_one_card_per_date_and_subject_as_the_grouping_orders_them()
    {
        var (client, email) = await PatientWithTwoWeeksAsync(factory);
        var patientId = Accounts.UserId(factory, email);

        var page = await HtmlPage.GetOkAsync(client, "/Wins/Week");

        var shown = page.FindAll("#week-moments .moment-card")
            .Select(c => (c.GetAttribute("data-moment-date"), c.GetAttribute("data-moment-subject"), c.GetAttribute("data-moment-kind"), c.GetAttribute("data-moment-window")))
            .ToArray();
        Assert.NotEmpty(shown);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var wins = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patientId && w.Date >= new DateOnly(2026, 11, 23) && w.Date <= new DateOnly(2026, 11, 29))
            .ToListAsync();
        var expected = MomentGrouping.StrongestFirst(wins, w => new WinShape(w.Date, w.Kind, w.Metric, w.Window, w.Tier), SubjectOrder.BuiltIn)
            .Take(5)
            .Select(m => ((string?)m.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), (string?)m.Subject, (string?)m.KindKey, m.WindowKey))
            .ToArray();
        Assert.Equal(expected, shown);
        Assert.Equal(shown.Length, shown.Select(s => (s.Item1, s.Item2)).Distinct().Count());
        // The strongest win of this journal: sitting 45 on the 24th beat last week's usual.
        Assert.Equal(("2026-11-24", "sitting_minutes"), (shown[0].Item1, shown[0].Item2));
    }

    [Fact]
    public async Task Another_patient_sees_only_their_own_week_and_visitors_are_sent_to_sign_in()
    {
        await PatientWithTwoWeeksAsync(factory);
        var (other, _) = await Accounts.RegisterPatientAsync(factory);

        var theirs = await HtmlPage.GetOkAsync(other, "/Wins/Week");
        Assert.Equal("You journaled on 0 of the 3 days so far.", TextOf(theirs.Find("#week-days")));
        Assert.Empty(theirs.FindAll(".moment-card"));
        Assert.Empty(theirs.FindAll(".week-metric"));
        Assert.Empty(theirs.FindAll(".week-flare"));

        var visitor = await factory.CreateBrowser().GetAsync("/Wins/Week?week=2026-W47");
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", visitor.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
