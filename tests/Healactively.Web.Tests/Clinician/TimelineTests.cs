using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;
using static Healactively.Web.Tests.Infrastructure.JournalDays;

namespace Healactively.Web.Tests.Clinician;

/// <summary>
/// A linked clinician's timeline of one patient: wins by ISO week with their numbers, the progress charts'
/// data tables, flare-up episodes with recovery days, and the entries, each opening a read-only day.
/// </summary>
public sealed class TimelineTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    /// <summary>A moment card's date and headline, as a clinician reads the top of the card.</summary>
    private static string Headline(AngleSharp.Dom.IElement card) =>
        $"{TextOf(card.QuerySelector(".moment-date"))} · {TextOf(card.QuerySelector(".win-message"))}";

    [Fact]
    public async Task The_timeline_groups_wins_by_week_with_their_numbers()
    {
        var setup = await TimelineJournal.CreateAsync(factory);

        var page = await HtmlPage.GetOkAsync(setup.Clinician, setup.Timeline);

        Assert.Equal(TimelineJournal.PatientName, TextOf(page.Find("h1#patient-name")));
        Assert.Equal(
            ["Week of Monday 23 November 2026", "Week of Monday 16 November 2026", "Week of Monday 2 November 2026"],
            page.FindAll(".timeline-week .week-heading").Select(TextOf));

        var thisWeek = page.Find(".timeline-week[data-week='2026-11-23']")!;
        Assert.Equal(
            ["Wed 25 Nov · You have journaled 7 days in a row.", "Tue 24 Nov · You stood up without wincing.", "Mon 23 Nov · Your pain was 2 points lower than your usual last week (5 → 3)."],
            thisWeek.QuerySelectorAll(".timeline-win").Select(Headline));
        var pain = thisWeek.QuerySelector(".timeline-win[data-kind='improvement'][data-metric='pain']")!;
        Assert.Equal("Improvement · Pain", TextOf(pain.QuerySelector(".win-kind")));
        Assert.Equal("Usual last week: 5 points → 3 points · 2 points better", TextOf(pain.QuerySelector(".win-numbers")));
        Assert.Equal("meaningful", TextOf(pain.QuerySelector(".win-tier")));

        var lastWeek = page.Find(".timeline-week[data-week='2026-11-16']")!;
        Assert.Equal(
            ["Sun 22 Nov · You sat 15 minutes longer than your usual last week (30 → 45 min).", "Sat 21 Nov · You recovered from this flare-up in 2 days, faster than the 4 days your last flare-up took."],
            lastWeek.QuerySelectorAll(".timeline-win").Select(Headline));
        var flareWin = lastWeek.QuerySelector(".timeline-win[data-kind='flare_recovery_faster']")!;
        Assert.Equal("Usual recovery: 4 days → this time 2 days · 2 days faster", TextOf(flareWin.QuerySelector(".win-numbers")));
        Assert.Equal("Usual last week: 30 min → 45 min · 15 min better", TextOf(lastWeek.QuerySelector(".timeline-win[data-metric='sitting_minutes'] .win-numbers")));

        var oldWeek = page.Find(".timeline-week[data-week='2026-11-02']")!;
        Assert.Equal("No wins this week.", TextOf(oldWeek.QuerySelector(".no-wins")));

        // No note forms on the timeline: a link per win and per week opens one form on demand.
        Assert.Empty(page.FindAll("#timeline-weeks form"));
        Assert.Equal(5, page.FindAll(".timeline-win a.win-note-link").Count);
        Assert.Equal(3, page.FindAll("a.week-note-link").Count);
        Assert.Equal($"{setup.Timeline}/Notes?date=2026-11-23", page.Find(".timeline-week[data-week='2026-11-23'] a.week-note-link")!.GetAttribute("href"));
        Assert.Equal(
            $"{setup.Timeline}/Notes?date=2026-11-22&kind=improvement&metric=sitting_minutes&window=week",
            page.Find(TimelineJournal.SittingWinNoteLink)!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_timeline_shows_the_progress_charts_tables_flare_ups_and_entries()
    {
        var setup = await TimelineJournal.CreateAsync(factory);

        var page = await HtmlPage.GetOkAsync(setup.Clinician, setup.Timeline);

        // The same charts as the patient's progress page: a drawing's data and a table of the numbers, declines included.
        Assert.NotNull(page.Find("#chart-data-pain"));
        Assert.Equal(
            ["Wed 25 Nov 5 5", "Tue 24 Nov 5 5", "Mon 23 Nov 3 5 Improvement (week)", "Sat 21 Nov 5", "Fri 20 Nov 5", "Thu 19 Nov 5"],
            page.FindAll("#table-pain tbody tr").Select(TextOf));
        Assert.Equal(
            ["Wed 25 Nov 30 30", "Tue 24 Nov 30 30", "Mon 23 Nov 30 30", "Sun 22 Nov 45 30 Improvement (week)", "Sat 21 Nov 30", "Fri 20 Nov 30", "Thu 19 Nov 30"],
            page.FindAll("#table-sitting_minutes tbody tr").Select(TextOf));
        var year = await HtmlPage.GetOkAsync(setup.Clinician, setup.Timeline + "?days=365");
        Assert.Equal("page", year.Find("#period-range a.active")!.GetAttribute("aria-current"));
        Assert.Contains("the last year", TextOf(year.Find("#table-pain caption")), StringComparison.Ordinal);

        Assert.Equal(
            ["Thu 19 Nov Sat 21 Nov 2 days", "Mon 2 Nov Fri 6 Nov 4 days"],
            page.FindAll("#flare-table tbody tr").Select(TextOf));

        var entries = page.FindAll(".timeline-week[data-week='2026-11-23'] .timeline-entry");
        Assert.Equal(["2026-11-25", "2026-11-24", "2026-11-23"], entries.Select(e => e.GetAttribute("data-date")));
        var tuesday = entries[1];
        Assert.Equal("pain 5/10 · sat 30 min · walked 1.5 km", TextOf(tuesday.QuerySelector(".entry-summary")));
        Assert.Equal("1", TextOf(tuesday.QuerySelector(".entry-functional")));
        Assert.Equal("Easier: Tying my shoes Triggers: long drive Helped: heat pack, short walk", TextOf(tuesday.QuerySelector(".entry-text")));
        Assert.Equal($"/Clinician/Patients/{setup.PatientId}/Entries/2026-11-24", tuesday.QuerySelector("a.entry-link")!.GetAttribute("href"));
        Assert.Equal(
            "pain 5/10 · sat 30 min · flare-up started",
            TextOf(page.Find(".timeline-entry[data-date='2026-11-19'] .entry-summary")));
    }

    [Fact]
    public async Task The_entry_page_shows_every_field_read_only()
    {
        var setup = await TimelineJournal.CreateAsync(factory);

        var page = await HtmlPage.GetOkAsync(setup.Clinician, $"{setup.Timeline}/Entries/2026-11-24");

        Assert.Equal("Amara · Tuesday 24 November 2026", TextOf(page.Find("#entry-heading")));
        string Field(string key) => TextOf(page.Find($"#entry-fields dd[data-field='{key}']"));
        Assert.Equal("5 points", Field("pain"));
        Assert.Equal("30 min", Field("sitting_minutes"));
        Assert.Equal("1.5 km", Field("walking_meters"));
        Assert.Equal("No flare-up marked", Field("flare"));
        Assert.Equal("Stood up without wincing", Field("functional-wins"));
        Assert.Equal("Tying my shoes", Field("easier-today"));
        Assert.Equal("long drive", Field("triggers"));
        Assert.Equal("heat pack, short walk", Field("helped"));
        Assert.Equal(["You stood up without wincing."], page.FindAll("#entry-wins .win-message").Select(TextOf));

        // Read-only: nothing to type into, no form that posts to the journal.
        Assert.Empty(page.FindAll("main textarea, main select, main input:not([type=hidden])"));
        Assert.DoesNotContain(page.FindAll("form"), f => (f.GetAttribute("action") ?? string.Empty).Contains("/Journal", StringComparison.OrdinalIgnoreCase));

        var flareStart = await HtmlPage.GetOkAsync(setup.Clinician, $"{setup.Timeline}/Entries/2026-11-19");
        Assert.Equal("A flare-up started", TextOf(flareStart.Find("#entry-fields dd[data-field='flare']")));
    }

    [Theory]
    [InlineData("2026-11-10")]
    [InlineData("2026-13-01")]
    [InlineData("24-11-2026")]
    public async Task An_absent_or_invalid_day_is_not_found(string date)
    {
        var setup = await TimelineJournal.CreateAsync(factory);

        var page = await HtmlPage.GetAsync(setup.Clinician, $"{setup.Timeline}/Entries/{date}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [Fact]
    public async Task The_periods_weeks_are_paginated_three_to_a_page_newest_first()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, name: "Pat");
        var patientId = Accounts.UserId(factory, email);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await Accounts.LinkAsync(factory, patientId, clinician.UserId);
        var wednesdays = Enumerable.Range(0, 10).Select(i => new DateOnly(2026, 11, 25).AddDays(-7 * i)).ToArray();
        await SaveAsync(patient, [.. wednesdays.Select(d => (d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), new[] { ("Pain", (string?)"4") }))]);

        // The weeks of the period: 90 days hold all ten; the default 30 days only the last five.
        var first = await HtmlPage.GetOkAsync(clinician.Client, $"/Clinician/Patients/{patientId}?days=90");
        var second = await HtmlPage.GetOkAsync(clinician.Client, $"/Clinician/Patients/{patientId}?days=90&page=2");
        var last = await HtmlPage.GetOkAsync(clinician.Client, $"/Clinician/Patients/{patientId}?days=90&page=4");
        var month = await HtmlPage.GetOkAsync(clinician.Client, $"/Clinician/Patients/{patientId}?page=2");

        Assert.Equal(["2026-11-23", "2026-11-16", "2026-11-09"], first.FindAll(".timeline-week").Select(w => w.GetAttribute("data-week")));
        Assert.Equal(["2026-11-02", "2026-10-26", "2026-10-19"], second.FindAll(".timeline-week").Select(w => w.GetAttribute("data-week")));
        Assert.Equal(["2026-09-21"], last.FindAll(".timeline-week").Select(w => w.GetAttribute("data-week")));
        Assert.Equal("Page 4 of 4", TextOf(last.Find(".pager .active")));
        Assert.Equal(["2026-11-02", "2026-10-26"], month.FindAll(".timeline-week").Select(w => w.GetAttribute("data-week")));
        Assert.Equal("Page 2 of 2", TextOf(month.Find(".pager .active")));
    }

    [Fact]
    public async Task An_unlinked_clinician_gets_not_found_for_the_timeline_and_entries()
    {
        var setup = await TimelineJournal.CreateAsync(factory);
        var stranger = await Accounts.SignInStaffAsync(factory, Roles.Clinician, "Dr. Stranger");

        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(stranger.Client, setup.Timeline)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await HtmlPage.GetAsync(stranger.Client, $"{setup.Timeline}/Entries/2026-11-24")).Status);
    }
}
