using System.Net;
using System.Text;
using Healactively.Domain.Journal;
using Healactively.Domain.Wins;
using Healactively.Web.Features.Wins;
using Healactively.Web.Tests.Infrastructure;
using Healactively.Web.Tests.Journal;

namespace Healactively.Web.Tests.Wins;

/// <summary>The wins CSV export (spec: csv-formats.md): exactly the spec's columns, and exactly the wins the rules give for the journal.</summary>
public sealed class WinsExportTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public void The_writer_prints_the_specs_columns_sorted_with_invariant_numbers_and_empty_cells_for_nulls()
    {
        var day = new DateOnly(2026, 3, 8);
        Win[] wins =
        [
            new(day, WinKind.Improvement, "sitting_minutes", WinWindow.Week, 32.5m, 45m, 12.5m, WinTier.Meaningful,
                "You sat 12.5 minutes longer than your usual last week (32.5 → 45 min)."),
            new(day, WinKind.PersonalBest, "posture_angle", WinWindow.Month, -3.5m, -1.00m, 2.5m, null, "Your best posture angle in a month."),
            new(day, WinKind.MicroWin, "slept_through_night", null, null, null, null, null, "You slept through the night."),
            new(day, WinKind.Improvement, "sitting_minutes", WinWindow.Month, 30.456m, 45.00m, 14.544m, WinTier.Micro, "Rounded, and quoted \"here\"."),
            new(day.AddDays(-1), WinKind.Streak, "journal", null, null, 7m, null, null, "You have journaled 7 days in a row."),
            new(day, WinKind.FlareRecoveryFaster, "flare", null, 5m, 3m, 2m, null, "Faster."),
            new(day, WinKind.FirstIn30Days, "walked_confidently", null, null, null, null, null, "The first time in 30 days you walked with confidence."),
            new(day, WinKind.Improvement, "pain", WinWindow.Week, 4m, 3m, 1m, WinTier.Micro, "Pain."),
        ];

        var csv = Encoding.UTF8.GetString(WinsCsvWriter.ToBytes(wins));

        Assert.Equal(
            "date,kind,metric,window,baseline,value,delta,tier,message\r\n"
            + "2026-03-07,streak,journal,,,7,,,You have journaled 7 days in a row.\r\n"
            + "2026-03-08,first_in_30_days,walked_confidently,,,,,,The first time in 30 days you walked with confidence.\r\n"
            + "2026-03-08,flare_recovery_faster,flare,,5,3,2,,Faster.\r\n"
            + "2026-03-08,improvement,pain,week,4,3,1,micro,Pain.\r\n"
            + "2026-03-08,improvement,sitting_minutes,month,30.46,45,14.54,micro,\"Rounded, and quoted \"\"here\"\".\"\r\n"
            + "2026-03-08,improvement,sitting_minutes,week,32.5,45,12.5,meaningful,You sat 12.5 minutes longer than your usual last week (32.5 → 45 min).\r\n"
            + "2026-03-08,micro_win,slept_through_night,,,,,,You slept through the night.\r\n"
            + "2026-03-08,personal_best,posture_angle,month,-3.5,-1,2.5,,Your best posture angle in a month.\r\n",
            csv);
    }

    [Fact]
    public async Task The_wins_of_an_imported_journal_are_exported_as_the_rules_give_them_and_follow_an_edit_through_the_form()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        var entries = TestJournals.Recovery(TestJournals.Today, days: 120);
        Assert.Equal($"Imported {entries.Count} days ({entries.Count} new, 0 updated).", await JournalCsvClient.ImportOkAsync(client, TestJournals.ToCsv(entries)));

        var (fileName, csv) = await JournalCsvClient.DownloadAsync(client, "/Wins/Export");
        Assert.Equal("healactively-wins-2026-11-25.csv", fileName);
        var lines = JournalCsvClient.Lines(csv);
        Assert.Equal(TestJournals.WinsHeader, lines[0]);
        var before = lines[1..];
        Assert.Equal(TestJournals.ExpectedWinRows(entries), before);

        // The journal was built to earn every kind; a few rows pinned by hand (day 0 is 2026-07-29).
        Assert.Equal(
            ["first_in_30_days", "flare_recovery_faster", "improvement", "micro_win", "personal_best", "streak"],
            before.Select(r => r.Split(',')[1]).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("2026-08-04,streak,journal,,,7,,,You have journaled 7 days in a row.", before);
        Assert.Contains("2026-10-11,flare_recovery_faster,flare,,6,4,2,,\"You recovered from this flare-up in 4 days, faster than the 6 days your last flare-up took.\"", before);
        Assert.Contains("2026-11-06,flare_recovery_faster,flare,,5,0,5,,\"You recovered from this flare-up on the same day, faster than your usual 5 days over your last 2 flare-ups.\"", before);

        // Edit a day in the middle through the real journal form.
        var edited = entries.First(e => e.Date >= new DateOnly(2026, 9, 27) && e.Flare == FlareMark.None && e.SittingMinutes is not null);
        var saved = await JournalForms.SaveAsync(client, edited.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            JournalForms.Values(("Pain", "0"), ("SittingMinutes", "240")));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var modified = entries.Select(e => e.Date == edited.Date ? e with { Pain = 0, SittingMinutes = 240 } : e).ToList();

        var after = JournalCsvClient.Lines((await JournalCsvClient.DownloadAsync(client, "/Wins/Export")).Text)[1..];
        Assert.Equal(TestJournals.ExpectedWinRows(modified), after);

        var last = edited.Date.AddDays(30);
        Assert.Equal(RowsBetween(before, DateOnly.MinValue, edited.Date.AddDays(-1)), RowsBetween(after, DateOnly.MinValue, edited.Date.AddDays(-1)));
        Assert.NotEqual(RowsBetween(before, edited.Date, edited.Date), RowsBetween(after, edited.Date, edited.Date));
        Assert.NotEqual(RowsBetween(before, edited.Date.AddDays(1), last), RowsBetween(after, edited.Date.AddDays(1), last));
    }

    [Fact]
    public async Task A_patient_exports_only_their_own_wins()
    {
        var (first, _) = await Accounts.RegisterPatientAsync(factory);
        await JournalCsvClient.ImportOkAsync(first, TestJournals.ToCsv(TestJournals.Recovery(TestJournals.Today, days: 120)));

        var (second, _) = await Accounts.RegisterPatientAsync(factory);
        Assert.Equal([TestJournals.WinsHeader], JournalCsvClient.Lines((await JournalCsvClient.DownloadAsync(second, "/Wins/Export")).Text));

        var week = Enumerable.Range(0, 7).Select(i => new JournalEntry(new DateOnly(2026, 11, 19).AddDays(i)) { Pain = 5 - (i / 3) }).ToList();
        await JournalCsvClient.ImportOkAsync(second, TestJournals.ToCsv(week));
        var expected = TestJournals.ExpectedWinRows(week);
        Assert.Contains("2026-11-25,streak,journal,,,7,,,You have journaled 7 days in a row.", expected);
        Assert.Equal(expected, JournalCsvClient.Lines((await JournalCsvClient.DownloadAsync(second, "/Wins/Export")).Text)[1..]);
    }

    private static string[] RowsBetween(string[] rows, DateOnly from, DateOnly to) =>
        [.. rows.Where(r =>
        {
            var date = DateOnly.ParseExact(r[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return date >= from && date <= to;
        })];
}
