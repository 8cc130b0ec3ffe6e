using System.Globalization;
using System.Text.RegularExpressions;
using Healactively.Domain.Wins;
using Healactively.Domain.Wins.Moments;
using Healactively.Web.Features.Demo;
using Healactively.Web.Tests.Infrastructure;
using Healactively.Web.Tests.Journal;
using Microsoft.Extensions.Hosting;
using static Healactively.Web.Tests.Infrastructure.JournalDays;

namespace Healactively.Web.Tests.Wins;

/// <summary>The Development demo (Maya's journal), seeded once for the tests that read it.</summary>
public sealed class DemoJournalFixture : IDisposable
{
    public HealactivelyFactory Factory { get; } = new() { EnvironmentName = Environments.Development };

    public void Dispose() => Factory.Dispose();
}

/// <summary>
/// Moments (win-presentation.md): one card per date and subject on Home, Wins, the after-save message and the clinician
/// timeline, each carrying data-moment-*; every count counts moments; the stored rows and the wins CSV stay whole.
/// </summary>
public sealed partial class MomentsTests(DemoJournalFixture demo) : IClassFixture<DemoJournalFixture>
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    /// <summary>A moment as the pages mark it, and as the domain's grouping of the exported rows gives it.</summary>
    private sealed record MomentKey(string Date, string Subject, string Kind, string? Window);

    private static MomentKey[] Marked(IEnumerable<AngleSharp.Dom.IElement> cards) =>
        [.. cards.Select(c => new MomentKey(
            c.GetAttribute("data-moment-date")!,
            c.GetAttribute("data-moment-subject")!,
            c.GetAttribute("data-moment-kind")!,
            c.GetAttribute("data-moment-window") is { Length: > 0 } window ? window : null))];

    private static MomentKey[] Keys(IEnumerable<Moment<WinShape>> moments) =>
        [.. moments.Select(m => new MomentKey(m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.Subject, m.KindKey, m.WindowKey))];

    /// <summary>The exported wins CSV, every row read back into what the presentation rules look at.</summary>
    private static async Task<IReadOnlyList<WinShape>> ExportedAsync(HttpClient client)
    {
        var (_, csv) = await JournalCsvClient.DownloadAsync(client, "/Wins/Export");
        return [.. JournalCsvClient.Lines(csv)[1..].Select(line =>
        {
            // date,kind,metric,window,baseline,value,delta,tier,message: only the message can hold a comma.
            var cells = line.Split(',', 9);
            Assert.True(WinKeys.TryParseKind(cells[1], out var kind), line);
            WinWindow? window = cells[3] switch { "week" => WinWindow.Week, "month" => WinWindow.Month, _ => null };
            WinTier? tier = cells[7] switch { "meaningful" => WinTier.Meaningful, "micro" => WinTier.Micro, _ => null };
            return new WinShape(DateOnly.ParseExact(cells[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), kind, cells[2], window, tier);
        })];
    }

    private async Task<HttpClient> MayaAsync()
    {
        var client = demo.Factory.CreateBrowser();
        await Accounts.SignInAsync(client, DemoAccounts.Maya.Email, DemoAccounts.Password);
        return client;
    }

    [Fact]
    public async Task Mayas_home_shows_at_most_five_highlights_strongest_first_and_counts_the_rest_of_the_weeks_moments()
    {
        var client = await MayaAsync();
        var week = (await ExportedAsync(client)).Where(w => w.Date > Today.AddDays(-7) && w.Date <= Today).ToArray();
        var moments = MomentGrouping.StrongestFirst(week, s => s, SubjectOrder.BuiltIn);
        Assert.True(moments.Count > 5, $"Maya's demo week should be busy enough to test the limit; it has {moments.Count} moments.");

        var home = await HtmlPage.GetOkAsync(client, "/Home");

        var highlights = home.FindAll("#highlights [data-moment-date]");
        Assert.Equal(5, highlights.Count);
        Assert.Equal(Keys(moments.Take(5)), Marked(highlights));
        Assert.Equal($"{moments.Count - 5} more wins this week", TextOf(home.Find("#more-wins-link")));
        Assert.Equal("/Wins", home.Find("#more-wins-link")!.GetAttribute("href"));
        var today = moments.Count(m => m.Date == Today);
        if (today > 0)
        {
            Assert.Equal(today == 1 ? "1 win today" : $"{today} wins today", TextOf(home.Find("#today-wins")));
        }
    }

    [Fact]
    public async Task Mayas_wins_page_lists_across_its_pages_exactly_the_moments_of_the_exported_wins()
    {
        var client = await MayaAsync();
        var exported = await ExportedAsync(client);
        var expected = MomentGrouping.NewestDateFirst(exported, s => s, SubjectOrder.BuiltIn);
        Assert.True(expected.Count < exported.Count, "Maya's journal has days with several wins about one subject.");

        var first = await HtmlPage.GetOkAsync(client, "/Wins");
        var pageCount = int.Parse(PageOf().Match(TextOf(first.Find(".pager"))).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(pageCount > 1);
        var listed = new List<MomentKey>(Marked(first.FindAll("#win-list [data-moment-date]")));
        for (var page = 2; page <= pageCount; page++)
        {
            listed.AddRange(Marked((await HtmlPage.GetOkAsync(client, $"/Wins?page={page}")).FindAll("#win-list [data-moment-date]")));
        }

        Assert.Equal(Keys(expected), listed);
        Assert.Contains($"{expected.Count} wins", TextOf(first.Find("#wins-total")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_clinician_timeline_shows_Mayas_moments_with_their_tier()
    {
        var clinician = demo.Factory.CreateBrowser();
        await Accounts.SignInAsync(clinician, DemoAccounts.Clinician.Email, DemoAccounts.Password);
        await TwoFactorSteps.EnableThroughPageAsync(demo.Factory, clinician);
        var maya = Accounts.UserId(demo.Factory, DemoAccounts.Maya.Email);
        var exported = await ExportedAsync(await MayaAsync());

        var timeline = await HtmlPage.GetOkAsync(clinician, $"/Clinician/Patients/{maya}");

        // Each week shows its first few moments; "show all" (?week=) shows every moment of that week, as exported.
        var weeks = timeline.FindAll(".timeline-week").Select(w => DateOnly.ParseExact(w.GetAttribute("data-week")!, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        Assert.NotEmpty(weeks);
        foreach (var monday in weeks)
        {
            var inWeek = Keys(MomentGrouping.NewestDateFirst(exported.Where(w => w.Date >= monday && w.Date <= monday.AddDays(6)), s => s, SubjectOrder.BuiltIn));
            var week = $"[data-week='{monday:yyyy-MM-dd}'] [data-moment-date]";
            var open = await HtmlPage.GetOkAsync(clinician, $"/Clinician/Patients/{maya}?week={monday:yyyy-MM-dd}");
            Assert.Equal(inWeek, Marked(open.FindAll(week)));
            Assert.Equal(inWeek.Take(3), Marked(timeline.FindAll(week)));
        }

        var cards = timeline.FindAll(".timeline-week [data-moment-date]");
        Assert.All(cards.SelectMany(c => c.QuerySelectorAll(".win-tier")), badge =>
        {
            Assert.True(TextOf(badge) is "meaningful" or "small", TextOf(badge));
            Assert.Equal("/Wins/HowItWorks#meaningful", badge.GetAttribute("href"));
        });
        Assert.Contains(cards, c => c.QuerySelector(".win-tier") is not null);

        // The summary counts the moments of its period (the last 30 days, today included).
        var today = DateOnly.FromDateTime(demo.Factory.Clock.GetUtcNow().UtcDateTime);
        var inPeriod = MomentGrouping.Count(exported.Where(w => w.Date > today.AddDays(-30) && w.Date <= today), s => s);
        Assert.StartsWith($"{inPeriod} wins in this period", TextOf(timeline.Find("#summary-moment-count")), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await clinician.GetAsync("/Wins/HowItWorks")).StatusCode);
    }

    [GeneratedRegex(@"Page \d+ of (\d+)")]
    private static partial Regex PageOf();
}

/// <summary>The after-save message, kinder comparisons and wording, "Same as yesterday", tags and "How wins work".</summary>
public sealed class MomentWordingTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private static MomentKeyed[] Cards(HtmlPage page, string selector) =>
        [.. page.FindAll(selector).Select(c => new MomentKeyed(c.GetAttribute("data-moment-date")!, c.GetAttribute("data-moment-subject")!, c.GetAttribute("data-moment-kind")!, c.GetAttribute("data-moment-window") is { Length: > 0 } window ? window : null))];

    private sealed record MomentKeyed(string Date, string Subject, string Kind, string? Window);

    [Fact]
    public async Task After_a_save_the_count_is_the_moments_of_the_day_strongest_first_with_supporting_facts_folded_under()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client, Range("2026-11-16", "2026-11-24", ("SittingMinutes", "30")));

        // One sitting day beats last week, last month and the month's best; a first night slept through in 30 days.
        var saved = await JournalForms.SaveAsync(client, "2026-11-25", JournalForms.Values([("SittingMinutes", "60"), ("SleptThroughNight", "true")]));
        var page = await HtmlPage.FollowAsync(client, saved);

        Assert.Equal("2 wins today", TextOf(page.Find("#wins-earned-count")));
        Assert.False(page.Find("#wins-earned [data-moment-subject='slept_through_night']")!.HasAttribute("data-moment-window"));
        Assert.Equal(
            [new("2026-11-25", "sitting_minutes", "improvement", "month"), new("2026-11-25", "slept_through_night", "first_in_30_days", null)],
            Cards(page, "#wins-earned [data-moment-date]"));
        Assert.Contains("a change big enough that clinicians count it as important", TextOf(page.Find("#meaningful-explained")), StringComparison.Ordinal);
        var sitting = page.Find("#wins-earned [data-moment-subject='sitting_minutes']")!;
        Assert.Equal("You sat 30 minutes longer than your usual over the last month (30 → 60 min).", TextOf(sitting.QuerySelector(".win-message")));
        Assert.Equal(
            ["Also your best in a month (before: 30 min)", "Also better than your usual last week (30 → 60 min) meaningful"],
            sitting.QuerySelectorAll(".moment-also").Select(TextOf));

        // The CSV keeps every row: 3 about sitting, 2 about the night.
        var (_, csv) = await JournalCsvClient.DownloadAsync(client, "/Wins/Export");
        Assert.Equal(5, JournalCsvClient.Lines(csv).Count(l => l.StartsWith("2026-11-25,", StringComparison.Ordinal)));

        var home = await HtmlPage.GetOkAsync(client, "/Home");
        Assert.Equal("2 wins today", TextOf(home.Find("#today-wins")));
        // The week also holds the 7-day streak of 22 November.
        Assert.Equal(
            [
                new("2026-11-25", "sitting_minutes", "improvement", "month"), new("2026-11-25", "slept_through_night", "first_in_30_days", null),
                new("2026-11-22", "journal", "streak", null),
            ],
            Cards(home, "#highlights [data-moment-date]"));
        Assert.Null(home.Find("#more-wins-link"));
        Assert.Contains("a change big enough that clinicians count it as important", TextOf(home.Find("#meaningful-explained")), StringComparison.Ordinal);

        var wins = await HtmlPage.GetOkAsync(client, "/Wins");
        Assert.Contains("3 wins", TextOf(wins.Find("#wins-total")), StringComparison.Ordinal);
        Assert.DoesNotContain("proved", wins.Text, StringComparison.Ordinal);

        var progress = await HtmlPage.GetOkAsync(client, "/Progress");
        Assert.Contains("you earned 3 wins", progress.Text, StringComparison.Ordinal);
        Assert.Contains("Sitting over 30 days: from 30 to 60 min; 1 win.", progress.Find("#chart-sitting_minutes")!.GetAttribute("aria-label"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flare_day_at_home_puts_the_flare_first_and_never_makes_a_headline_of_what_got_worse()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client, Range("2026-10-26", "2026-11-24", ("Pain", "3"), ("SittingMinutes", "40"), ("Walking", "2")));
        await SaveAsync(client, ("2026-11-25", [("Pain", "7"), ("SittingMinutes", "20"), ("Walking", "0.5"), ("FlareStarted", "true"), ("WalkedConfidently", "true")]));

        var home = await HtmlPage.GetOkAsync(client, "/Home");

        Assert.DoesNotContain("shorter now", home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("higher now", home.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("worse", home.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("A harder day: 20 min today; your usual last month is 40 min", TextOf(home.Find("#then-and-now [data-metric='sitting_minutes'] .today-value")));
        Assert.Equal("A harder day: 7 points today; your usual last month is 3 points", TextOf(home.Find("#then-and-now [data-metric='pain'] .today-value")));
        var html = home.Html;
        Assert.True(html.IndexOf("id=\"ongoing-flare\"", StringComparison.Ordinal) < html.IndexOf("id=\"week-wins\"", StringComparison.Ordinal));
        Assert.True(html.IndexOf("id=\"ongoing-flare\"", StringComparison.Ordinal) < html.IndexOf("id=\"then-and-now\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Then_and_now_leads_with_the_comparison_that_improved()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client,
            ("2026-10-26", [("SittingMinutes", "20")]),
            ("2026-11-18", [("SittingMinutes", "50")]),
            ("2026-11-25", [("SittingMinutes", "40")]));

        var home = await HtmlPage.GetOkAsync(client, "/Home");

        var card = home.Find("#then-and-now [data-metric='sitting_minutes']")!;
        Assert.Equal(["month", "week"], card.QuerySelectorAll("li").Select(li => li.GetAttribute("data-when")));
        Assert.Equal("A month ago (Mon 26 Oct): 20 min · 20 min longer now", TextOf(card.QuerySelector("li")));
        Assert.Equal("A week ago (Wed 18 Nov): 50 min", TextOf(card.QuerySelectorAll("li")[1]));
    }

    [Fact]
    public async Task Same_as_yesterday_copies_numbers_and_tags_but_never_a_functional_win_or_a_flare_mark()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client, ("2026-11-24",
        [
            ("Pain", "4"), ("SittingMinutes", "35"), ("Triggers", "long drive"), ("Helped", "walk; heat pack"), ("FlareStarted", "true"),
            ("StoodWithoutWincing", "true"), ("SleptThroughNight", "true"), ("CarriedWithoutHesitation", "true"), ("WalkedConfidently", "true"), ("DidAvoidedMovement", "true"),
        ]));

        var form = await HtmlPage.GetOkAsync(client, "/Journal/Entry/2026-11-25?sameAsYesterday=true");

        Assert.NotNull(form.Find("#pain-4[checked]"));
        Assert.Equal("35", form.Find("#Input_SittingMinutes")!.GetAttribute("value"));
        Assert.Equal("walk, heat pack", form.Find("#Input_Helped")!.GetAttribute("value"));
        Assert.Equal("long drive", form.Find("#Input_Triggers")!.GetAttribute("value"));
        Assert.Empty(form.FindAll("input[type=checkbox][id^='win-'][checked]"));
        Assert.Null(form.Find("#flare-started[checked]"));
        Assert.Null(form.Find("#flare-over[checked]"));
    }

    [Fact]
    public async Task Tags_typed_with_commas_and_semicolons_come_back_joined_by_commas()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client, ("2026-11-25", [("Triggers", "long drive;  poor sleep"), ("Helped", "walk, heat pack; stretching")]));

        var form = await HtmlPage.GetOkAsync(client, "/Journal/Entry/2026-11-25");

        Assert.Equal("walk, heat pack, stretching", form.Find("#Input_Helped")!.GetAttribute("value"));
        Assert.Equal("long drive, poor sleep", form.Find("#Input_Triggers")!.GetAttribute("value"));

        // Saving the form as shown keeps the same tags.
        var again = await form.SubmitAsync(client, "#entry-form", new Dictionary<string, string?>());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, again.Status);
        var shown = await HtmlPage.GetOkAsync(client, "/Journal/Entry/2026-11-25");
        Assert.Equal("walk, heat pack, stretching", shown.Find("#Input_Helped")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_past_day_is_worded_as_past_and_today_as_today()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);

        var past = await HtmlPage.GetOkAsync(client, "/Journal/Entry/2026-11-20");
        var today = await HtmlPage.GetOkAsync(client, "/Journal/Entry");

        Assert.Contains("Pain that day", past.Text, StringComparison.Ordinal);
        Assert.Contains("Functional wins that day", past.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pain right now", past.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Today's functional wins", past.Text, StringComparison.Ordinal);
        Assert.Contains("Pain right now or on average today", today.Text, StringComparison.Ordinal);
        Assert.Contains("Today's functional wins", today.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_day_of_journaling_is_not_called_a_streak()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client, ("2026-11-24", [("Pain", "3")]));

        var home = await HtmlPage.GetOkAsync(client, "/Home");

        Assert.DoesNotContain("1 day in a row", home.Text, StringComparison.Ordinal);
        Assert.Null(home.Find("#streak-days"));
    }

    [Fact]
    public async Task How_wins_work_answers_a_patient_and_is_linked_from_home_wins_and_every_tier_badge()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await SaveAsync(client, Range("2026-11-19", "2026-11-24", ("SittingMinutes", "30")));
        await SaveAsync(client, ("2026-11-25", [("SittingMinutes", "45")]));

        var how = await HtmlPage.GetOkAsync(client, "/Wins/HowItWorks");
        Assert.Equal("How wins work", TextOf(how.Find("h1")));
        foreach (var words in new[] { "7 days", "30 days", "middle number", "minimum step", "32.5", "moment", "a change big enough that clinicians count it as important" })
        {
            Assert.Contains(words, how.Text, StringComparison.Ordinal);
        }

        var home = await HtmlPage.GetOkAsync(client, "/Home");
        var wins = await HtmlPage.GetOkAsync(client, "/Wins");
        Assert.NotNull(home.Find("a[href='/Wins/HowItWorks']"));
        Assert.NotNull(wins.Find("a[href='/Wins/HowItWorks']"));
        var badges = wins.FindAll(".win-meaningful");
        Assert.NotEmpty(badges);
        Assert.All(badges, b => Assert.Equal("/Wins/HowItWorks#meaningful", b.GetAttribute("href")));
        Assert.Empty(wins.FindAll(".win-tier"));
        Assert.DoesNotContain("small", TextOf(wins.Find("#win-list")), StringComparison.OrdinalIgnoreCase);
    }
}
