using System.Diagnostics;
using System.Net;
using System.Text;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Healactively.Web.Tests.Journal;

/// <summary>The journal CSV import (spec: csv-formats.md): an upsert by date, all or nothing, every bad row reported by line.</summary>
public sealed class JournalImportTests(HealactivelyFactory factory, ITestOutputHelper output) : IClassFixture<HealactivelyFactory>
{
    private const string H = TestJournals.Header;

    [Fact]
    public async Task New_days_are_imported_with_every_field()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var csv = $""""
            {H}
            2026-11-20,4,35,1500,start,0,1,0,0,1,"Socks, finally ""easy""",long drive,walk; Heat pack ;walk
            2026-11-25,0,1440,100000,end,TRUE,yes,1,No,,"two
            lines",,
            """";

        Assert.Equal("Imported 2 days (2 new, 0 updated).", await JournalCsvClient.ImportOkAsync(client, csv));

        var now = factory.Clock.GetUtcNow();
        Assert.Equal(
            [
                new StoredDay(new DateOnly(2026, 11, 20), 4, 35, 1500, FlareMark.Start, FunctionalWins.SleptThroughNight | FunctionalWins.DidAvoidedMovement,
                    "Socks, finally \"easy\"", "long drive", "walk; Heat pack", "", 1, now, now),
                new StoredDay(new DateOnly(2026, 11, 25), 0, 1440, 100000, FlareMark.End,
                    FunctionalWins.StoodWithoutWincing | FunctionalWins.SleptThroughNight | FunctionalWins.CarriedWithoutHesitation,
                    "two\nlines", null, null, "", 1, now, now),
            ],
            await JournalCsvClient.SnapshotAsync(factory, email));
    }

    [Fact]
    public async Task A_row_for_an_existing_day_replaces_the_whole_day_and_days_not_in_the_file_stay()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-20", JournalForms.Values(
            ("Pain", "6"), ("SittingMinutes", "20"), ("SleptThroughNight", "true"), ("EasierToday", "a note"), ("Triggers", "long drive")));
        await JournalForms.SaveAsync(client, "2026-11-21", JournalForms.Values(("Pain", "5")));
        var before = await JournalCsvClient.SnapshotAsync(factory, email);

        var message = await JournalCsvClient.ImportOkAsync(client, $"""
            date,pain,walking_meters
            2026-11-20,3,
            2026-11-22,2,800
            """);

        Assert.Equal("Imported 2 days (1 new, 1 updated).", message);
        var now = factory.Clock.GetUtcNow();
        var after = await JournalCsvClient.SnapshotAsync(factory, email);
        Assert.Equal(
            [
                // Replaced: the columns left out (sitting, the checklist, the note, the tags) are cleared.
                before[0] with { Pain = 3, SittingMinutes = null, FunctionalWins = FunctionalWins.None, EasierToday = null, Triggers = null, Version = 2, UpdatedAt = now },
                before[1],
                new StoredDay(new DateOnly(2026, 11, 22), 2, null, 800, FlareMark.None, FunctionalWins.None, null, null, null, "", 1, now, now),
            ],
            after);
    }

    [Fact]
    public async Task Columns_come_in_any_order_and_case_after_a_byte_order_mark_with_crlf_lines()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var csv = "\uFEFF Helped ,WALKED_confidently,DATE,Pain\r\nstretching,yes,2026-11-24,7\r\n";

        Assert.Equal("Imported 1 day (1 new, 0 updated).", await JournalCsvClient.ImportOkAsync(client, csv));

        var day = Assert.Single(await JournalCsvClient.SnapshotAsync(factory, email));
        Assert.Equal((new DateOnly(2026, 11, 24), 7, FunctionalWins.WalkedConfidently, "stretching"), (day.Date, day.Pain, day.FunctionalWins, day.Helped));
    }

    [Fact]
    public async Task Today_is_the_patients_today_in_their_own_time_zone()
    {
        // 2026-11-25 12:00 UTC is already 2026-11-26 in Auckland.
        var (auckland, email) = await Accounts.RegisterPatientAsync(factory, zone: "Pacific/Auckland");
        Assert.Equal("Imported 1 day (1 new, 0 updated).", await JournalCsvClient.ImportOkAsync(auckland, "date,pain\n2026-11-26,3\n"));
        Assert.Equal(new DateOnly(2026, 11, 26), Assert.Single(await JournalCsvClient.SnapshotAsync(factory, email)).Date);

        var (london, _) = await Accounts.RegisterPatientAsync(factory);
        var refused = await JournalCsvClient.ImportAsync(london, "date,pain\n2026-11-26,3\n");
        Assert.Equal(["date 2026-11-26 is in the future (today is 2026-11-25). Only today and earlier days can be imported."], refused.ProblemsAt(2));
    }

    public static TheoryData<string, string> BadRows => new()
    {
        { "2026-11-15,3,40,1800,,0,0,0,0,0,,,", "date 2026-11-15 is already on line 3; each day can be in the file only once." },
        { "2026-11-26,3,,,,0,0,0,0,0,,,", "date 2026-11-26 is in the future (today is 2026-11-25). Only today and earlier days can be imported." },
        { "2026-02-30,3,,,,0,0,0,0,0,,,", "date “2026-02-30” is not a date. Write dates as YYYY-MM-DD, for example 2026-03-08." },
        { "17/11/2026,3,,,,0,0,0,0,0,,,", "date “17/11/2026” is not a date. Write dates as YYYY-MM-DD, for example 2026-03-08." },
        { ",3,,,,0,0,0,0,0,,,", "date is missing." },
        { "1899-12-31,3,,,,0,0,0,0,0,,,", "date 1899-12-31 is too long ago; the earliest date is 1900-01-01." },
        { "2026-11-17,11,,,,0,0,0,0,0,,,", "pain “11” is out of range; use a whole number from 0 to 10, or leave it empty." },
        { "2026-11-17,-1,,,,0,0,0,0,0,,,", "pain “-1” is out of range; use a whole number from 0 to 10, or leave it empty." },
        { "2026-11-17,,1441,,,0,0,0,0,0,,,", "sitting_minutes “1441” is out of range; use a whole number from 0 to 1440, or leave it empty." },
        { "2026-11-17,,,100001,,0,0,0,0,0,,,", "walking_meters “100001” is out of range; use a whole number from 0 to 100000, or leave it empty." },
        { "2026-11-17,,forty,,,0,0,0,0,0,,,", "sitting_minutes “forty” is not a number; use a whole number from 0 to 1440, or leave it empty." },
        { "2026-11-17,a lot,,,,0,0,0,0,0,,,", "pain “a lot” is not a number; use a whole number from 0 to 10, or leave it empty." },
        { "2026-11-17,,,1.5,,0,0,0,0,0,,,", "walking_meters “1.5” is not a whole number; use a whole number from 0 to 100000, or leave it empty." },
        { "2026-11-17,,,,,0,maybe,0,0,0,,,", "slept_through_night “maybe” is not a yes/no value; use 1 or 0 (true/false and yes/no work too), or leave it empty for no." },
        { "2026-11-17,,,,begin,0,0,0,0,0,,,", "flare “begin” is not a flare-up mark; use start, end or start_end, or leave it empty." },
        { "2026-11-17,,,,end,0,0,0,0,0,,,", "flare: There is no ongoing flare-up to mark over on this date. Mark the day it started first." },
        { "2026-11-17,,,,,0,0,0,0,0,LONG,,", "easier_today is 2001 characters long; keep it to 2000 characters or fewer." },
        { "2026-11-17,,,,,0,0,0,0,0,,MANYTAGS,", "triggers: at most 20 tags." },
        { "2026-11-17,,,,,0,0,0,0,0,,,LONGTAG", "helped: each tag can be at most 40 characters." },
        { "2026-11-17,4,30", "this row has 3 values but the header names 13 columns; every row needs one value (or an empty one) per column." },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task A_bad_row_is_reported_with_its_line_and_reason_and_nothing_is_saved(string badRow, string reason)
    {
        var (client, email) = await ExistingJournalAsync();
        var before = await JournalCsvClient.SnapshotAsync(factory, email);
        var winsBefore = await WinsCsvAsync(client);
        badRow = badRow
            .Replace("LONG", new string('x', 2001), StringComparison.Ordinal)
            .Replace("MANYTAGS", string.Join(';', Enumerable.Range(1, 21).Select(i => $"tag{i}")), StringComparison.Ordinal)
            .Replace("LONGTAG", new string('t', 41), StringComparison.Ordinal);

        // Good rows around the bad one: a replacement of a stored day and two new days.
        var result = await JournalCsvClient.ImportAsync(client, $"""
            {H}
            2026-11-01,2,50,2000,,1,1,1,1,1,replaced,,
            2026-11-15,3,40,1800,,0,0,0,0,0,,,
            {badRow}
            2026-11-16,3,40,1800,,0,0,0,0,0,,,
            """);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("Nothing was imported. Fix this problem and try again:", result.Summary);
        Assert.Equal([4], result.Lines);
        Assert.Equal([reason], result.ProblemsAt(4));
        Assert.Equal(before, await JournalCsvClient.SnapshotAsync(factory, email));
        Assert.Equal(winsBefore, await WinsCsvAsync(client));
    }

    [Fact]
    public async Task Every_bad_row_of_a_mixed_file_is_listed_in_line_order()
    {
        var (client, email) = await ExistingJournalAsync();
        var before = await JournalCsvClient.SnapshotAsync(factory, email);

        var result = await JournalCsvClient.ImportAsync(client, $"""
            {H}
            2026-11-10,3,,,,0,0,0,0,0,,,
            2026-11-11,12,,,,0,0,0,0,0,,,
            2026-11-12,3,"quoted, fine",,,0,0,0,0,0,,,
            2026-11-13,3,,,,0,0,0,0,0,"a note
            over two lines",,
            2026-11-10,3,,,,0,0,0,0,0,,,

            2026-11-14,3,,,,2,0,0,0,0,,,
            2026-11-15,x,,,,0,0,0,0,0,,,
            2026-11-16,3,,,,0,0,0,0,0,,,
            2026-11-17,3,,,,0,0,0,0,0,,,
            """);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("Nothing was imported. Fix these 5 problems and import the file again:", result.Summary);
        // Physical lines: the note spans lines 5-6 and line 8 is empty, and both still count.
        Assert.Equal([3, 4, 7, 9, 10], result.Lines);
        Assert.Equal(["pain “12” is out of range; use a whole number from 0 to 10, or leave it empty."], result.ProblemsAt(3));
        Assert.Equal(["sitting_minutes “quoted, fine” is not a number; use a whole number from 0 to 1440, or leave it empty."], result.ProblemsAt(4));
        Assert.Equal(["date 2026-11-10 is already on line 2; each day can be in the file only once."], result.ProblemsAt(7));
        Assert.Equal(["stood_without_wincing “2” is not a yes/no value; use 1 or 0 (true/false and yes/no work too), or leave it empty for no."], result.ProblemsAt(9));
        Assert.Equal(["pain “x” is not a number; use a whole number from 0 to 10, or leave it empty."], result.ProblemsAt(10));
        Assert.Equal(before, await JournalCsvClient.SnapshotAsync(factory, email));
    }

    [Fact]
    public async Task A_long_list_of_problems_shows_the_first_200_and_counts_the_rest()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var rows = Enumerable.Range(0, 250).Select(i => $"{new DateOnly(2026, 1, 1).AddDays(i):yyyy-MM-dd},11");

        var result = await JournalCsvClient.ImportAsync(client, $"date,pain\n{string.Join('\n', rows)}\n");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("Nothing was imported. Fix these 250 problems and import the file again:", result.Summary);
        Assert.Equal(Enumerable.Range(2, 200), result.Lines);
        Assert.Equal("…and 50 more problems.", result.Document.QuerySelector("#import-more")!.TextContent.Trim());
        Assert.Empty(await JournalCsvClient.SnapshotAsync(factory, email));
    }

    [Fact]
    public async Task Unknown_columns_are_refused_by_name_and_nothing_is_saved()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);

        var result = await JournalCsvClient.ImportAsync(client, "date,pain,Mood,notes\n2026-11-20,3,good,x\n");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(
            ["unknown columns “Mood”, “notes”. The columns are date, pain, sitting_minutes, walking_meters, flare, stood_without_wincing, "
                + "slept_through_night, carried_without_hesitation, walked_confidently, did_avoided_movement, easier_today, triggers, helped (names are not case-sensitive)."],
            result.ProblemsAt(1));
        Assert.Empty(await JournalCsvClient.SnapshotAsync(factory, email));
    }

    [Theory]
    [InlineData("pain,sitting_minutes\n3,40\n", "there is no date column. The first line must name the columns, for example: date,pain,sitting_minutes,walking_meters")]
    [InlineData("date,pain,PAIN\n2026-11-20,3,4\n", "the column pain appears more than once; keep one of them.")]
    public async Task A_header_without_a_date_column_or_with_a_repeated_one_is_refused(string csv, string reason)
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var result = await JournalCsvClient.ImportAsync(client, csv);
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal([1], result.Lines);
        Assert.Equal([reason], result.ProblemsAt(1));
        Assert.Empty(await JournalCsvClient.SnapshotAsync(factory, email));
    }

    [Fact]
    public async Task An_unnamed_empty_column_is_tolerated_but_a_value_in_it_is_not()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        Assert.Equal("Imported 1 day (1 new, 0 updated).", await JournalCsvClient.ImportOkAsync(client, "date,pain,\n2026-11-20,3,\n"));

        var refused = await JournalCsvClient.ImportAsync(client, "date,pain,\n2026-11-21,3,oops\n");
        Assert.Equal(["there is a value in column 3, which has no name in the header row."], refused.ProblemsAt(2));
        Assert.Single(await JournalCsvClient.SnapshotAsync(factory, email));
    }

    [Fact]
    public async Task A_quote_that_is_never_closed_is_reported_at_its_line()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var result = await JournalCsvClient.ImportAsync(client, "date,easier_today\n2026-11-20,fine\n2026-11-21,\"never closed\n2026-11-22,x\n");
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(
            ["a quoted value is not closed properly: a value that starts with \" must end with \", and a \" inside it is written twice (\"\")."],
            result.ProblemsAt(3));
        Assert.Empty(await JournalCsvClient.SnapshotAsync(factory, email));
    }

    [Fact]
    public async Task Flare_marks_are_checked_together_with_the_days_already_in_the_journal()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-10", JournalForms.Values(("FlareStarted", "true")));
        await JournalForms.SaveAsync(client, "2026-11-15", JournalForms.Values(("FlareOver", "true")));
        var before = await JournalCsvClient.SnapshotAsync(factory, email);

        // A second start inside the stored episode: reported at the file's line.
        var secondStart = await JournalCsvClient.ImportAsync(client, "date,flare\n2026-11-11,\n2026-11-12,start\n");
        Assert.Equal(["flare: A flare-up is already ongoing since 2026-11-10. Mark it over before starting a new one."], secondStart.ProblemsAt(3));

        // Clearing the stored start breaks the stored end, a day that is not in the file.
        var orphanEnd = await JournalCsvClient.ImportAsync(client, "date,flare,pain\n2026-11-10,,4\n");
        Assert.Equal(HttpStatusCode.BadRequest, orphanEnd.Status);
        Assert.Empty(orphanEnd.Lines);
        Assert.Equal(
            ["This file would break the flare-up marked on 2026-11-15 in your journal (a day that is not in the file): There is no ongoing flare-up to mark over on this date. Mark the day it started first."],
            orphanEnd.GeneralProblems);
        Assert.Equal(before, await JournalCsvClient.SnapshotAsync(factory, email));

        // Moving the end earlier and starting a new flare later, in one file, is a valid sequence.
        Assert.Equal("Imported 3 days (2 new, 1 updated).",
            await JournalCsvClient.ImportOkAsync(client, "date,flare\n2026-11-15,\n2026-11-13,end\n2026-11-20,start_end\n"));
        Assert.Equal(
            [(new DateOnly(2026, 11, 10), FlareMark.Start), (new DateOnly(2026, 11, 13), FlareMark.End), (new DateOnly(2026, 11, 15), FlareMark.None), (new DateOnly(2026, 11, 20), FlareMark.StartEnd)],
            (await JournalCsvClient.SnapshotAsync(factory, email)).Select(d => (d.Date, d.Flare)));
    }

    [Theory]
    [InlineData("", "journal.csv", "The file is empty. Choose a CSV file with a header row and one row per day.")]
    [InlineData("\uFEFF\r\n\r\n", "journal.csv", "The file is empty. Choose a CSV file with a header row and one row per day.")]
    [InlineData("date,pain\r\n", "journal.csv", "The file has a header row but no days. Add one row per day under the header.")]
    [InlineData("PNG", "journal.csv", "This is not a CSV text file. If it is a spreadsheet, save it as “CSV UTF-8 (comma delimited)” and import that file.")]
    [InlineData("LATIN1", "journal.csv", "This file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8 (comma delimited)” and import that file.")]
    [InlineData("date,pain\n2026-11-20,3\n", "journal.xlsx", "Choose a .csv file. If your journal is in a spreadsheet, save it as “CSV UTF-8 (comma delimited)” first.")]
    public async Task Files_that_are_not_a_journal_csv_are_refused_with_a_clear_message(string content, string fileName, string message)
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var bytes = content switch
        {
            "PNG" => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
            "LATIN1" => Encoding.Latin1.GetBytes("date,easier_today\n2026-11-20,Caf\u00e9\n"),
            _ => Encoding.UTF8.GetBytes(content),
        };

        var result = await JournalCsvClient.ImportAsync(client, bytes, fileName);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal([message], result.GeneralProblems);
        Assert.Empty(await JournalCsvClient.SnapshotAsync(factory, email));
    }

    [Fact]
    public async Task Posting_without_a_file_asks_for_one()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        var result = await JournalCsvClient.ImportAsync(client, content: null);
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["Choose a CSV file to import."], result.GeneralProblems);
    }

    [Theory]
    [InlineData((5 * 1024 * 1024) + 1)]
    [InlineData(8 * 1024 * 1024)]
    public async Task A_file_over_5_MB_is_refused_as_too_large(int size)
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var big = Encoding.UTF8.GetBytes("date,easier_today\n" + new string('x', size));

        var result = await JournalCsvClient.ImportAsync(client, big);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, result.Status);
        Assert.Equal(["The file is larger than 5 MB. Import your journal in smaller parts, for example one file per year."], result.GeneralProblems);
        Assert.Empty(await JournalCsvClient.SnapshotAsync(factory, email));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_saves_nothing()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var result = await JournalCsvClient.ImportAsync(client, Encoding.UTF8.GetBytes("date,pain\n2026-11-20,3\n"), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(["This form expired or did not come from this page. Reload the page and choose the file again; nothing was imported."], result.GeneralProblems);
        Assert.Empty(await JournalCsvClient.SnapshotAsync(factory, email));
    }

    [Fact]
    public async Task The_patients_own_metrics_are_columns_too()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await AddMetricAsync(factory, email, "posture_angle", "Posture angle");

        var page = await HtmlPage.GetOkAsync(client, "/Journal/Import");
        var column = page.FindAll("#import-columns tbody tr").Single(tr => tr.QuerySelector("code")!.TextContent == "posture_angle");
        Assert.Equal("Your metric “Posture angle” (degrees): a number with up to 2 decimals.", column.QuerySelector("td:nth-child(2)")!.TextContent.Trim());

        Assert.Equal("Imported 3 days (3 new, 0 updated).",
            await JournalCsvClient.ImportOkAsync(client, "DATE,Posture_Angle,pain\n2026-11-20,12.5,4\n2026-11-21,,3\n2026-11-22,-3,\n"));
        Assert.Equal(["posture_angle=12.5", "", "posture_angle=-3"], (await JournalCsvClient.SnapshotAsync(factory, email)).Select(d => d.CustomValues));

        var refused = await JournalCsvClient.ImportAsync(client, "date,posture_angle\n2026-11-20,abc\n2026-11-21,1.234\n2026-11-22,1000000.01\n");
        Assert.Equal([2, 3, 4], refused.Lines);
        Assert.Equal(["posture_angle “abc” is not a number; use a number such as 12.5, or leave it empty."], refused.ProblemsAt(2));
        Assert.Equal(["posture_angle “1.234” is out of range; use a number from -1000000 to 1000000 with at most 2 decimals."], refused.ProblemsAt(3));
        Assert.Equal(["posture_angle “1000000.01” is out of range; use a number from -1000000 to 1000000 with at most 2 decimals."], refused.ProblemsAt(4));

        // Another patient has no such metric: for them it is an unknown column.
        var (other, _) = await Accounts.RegisterPatientAsync(factory);
        var unknown = await JournalCsvClient.ImportAsync(other, "date,posture_angle\n2026-11-20,12\n");
        Assert.StartsWith("unknown column “posture_angle”.", Assert.Single(unknown.ProblemsAt(1)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_history_page_links_to_import_and_export()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        var history = await HtmlPage.GetOkAsync(client, "/Journal");
        Assert.Equal("/Journal/Import", history.Find("#journal-import")!.GetAttribute("href"));
        Assert.Equal("/Journal/Export", history.Find("#journal-export")!.GetAttribute("href"));
        var import = await HtmlPage.GetOkAsync(client, "/Journal/Import");
        Assert.Equal("/Journal/Export", import.Find("#export-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_sample_file_imports_as_it_is()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var page = await HtmlPage.GetOkAsync(client, "/Journal/Import");
        var (fileName, sample) = await JournalCsvClient.DownloadAsync(client, page.Find("#sample-link")!.GetAttribute("href")!);
        Assert.Equal("healactively-journal-sample.csv", fileName);
        Assert.Equal(
            [
                H,
                "2026-11-23,5,30,1200,,0,1,0,0,0,Putting on socks,long drive,walk;heat pack",
                "2026-11-24,4,35,1500,,1,0,0,1,0,,,stretching",
            ],
            JournalCsvClient.Lines(sample));

        Assert.Equal("Imported 2 days (2 new, 0 updated).", await JournalCsvClient.ImportOkAsync(client, sample));
        Assert.Equal(2, (await JournalCsvClient.SnapshotAsync(factory, email)).Count);
    }

    [Fact]
    public async Task Five_years_of_daily_rows_import_in_one_request()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var entries = TestJournals.Recovery(TestJournals.Today, days: 1830, missedDayChance: 0);
        Assert.Equal(1830, entries.Count);
        var csv = TestJournals.ToCsv(entries);

        var clock = Stopwatch.StartNew();
        var message = await JournalCsvClient.ImportOkAsync(client, csv);
        var importTime = clock.Elapsed;

        Assert.Equal($"Imported {entries.Count} days ({entries.Count} new, 0 updated).", message);
        Assert.Equal(entries.Count, (await JournalCsvClient.SnapshotAsync(factory, email)).Count);
        var expected = TestJournals.ExpectedWinRows(entries);
        var (_, wins) = await JournalCsvClient.DownloadAsync(client, "/Wins/Export");
        Assert.Equal(expected, JournalCsvClient.Lines(wins)[1..]);

        clock.Restart();
        Assert.Equal($"Imported {entries.Count} days (0 new, 0 updated, {entries.Count} already up to date).", await JournalCsvClient.ImportOkAsync(client, csv));
        var reimportTime = clock.Elapsed;

        output.WriteLine($"{entries.Count} rows ({Encoding.UTF8.GetByteCount(csv) / 1024} KB), {expected.Length} wins: import {importTime.TotalMilliseconds:F0} ms, unchanged re-import {reimportTime.TotalMilliseconds:F0} ms");
        Assert.True(importTime < TimeSpan.FromSeconds(30), $"The 5-year import took {importTime}.");
    }

    [Theory]
    [InlineData("/Journal/Import")]
    [InlineData("/Journal/Export")]
    [InlineData("/Wins/Export")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        var response = await factory.CreateBrowser().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    internal static async Task AddMetricAsync(HealactivelyFactory factory, string email, string key, string name)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var patientId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        db.CustomMetrics.Add(new CustomMetricRecord
        {
            PatientId = patientId,
            Key = key,
            Name = name,
            Unit = "degrees",
            Direction = Direction.HigherIsBetter,
            MinStep = 3m,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A patient with five imported days and one day saved through the form, which earned some wins.</summary>
    private async Task<(HttpClient Client, string Email)> ExistingJournalAsync()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalCsvClient.ImportOkAsync(client, $"""
            {H}
            2026-11-01,5,30,1000,,0,1,0,0,0,,,walk
            2026-11-02,5,30,1000,,0,0,0,0,0,,,
            2026-11-03,4,35,1200,,1,0,0,0,0,,,
            2026-11-04,4,35,1200,,0,0,0,0,0,,,
            2026-11-05,3,45,1500,,0,1,0,0,0,,,
            """);
        await JournalForms.SaveAsync(client, "2026-11-10", JournalForms.Values(("Pain", "2"), ("EasierToday", "stairs"), ("SleptThroughNight", "true")));
        Assert.Equal(6, (await JournalCsvClient.SnapshotAsync(factory, email)).Count);
        return (client, email);
    }

    private static async Task<string> WinsCsvAsync(HttpClient client) => (await JournalCsvClient.DownloadAsync(client, "/Wins/Export")).Text;
}
