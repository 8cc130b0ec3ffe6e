using System.IO.Compression;
using System.Net;
using CsvHelper;
using Healactively.Web.Features.Journal;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Journal;

/// <summary>
/// Text a spreadsheet would run as a formula (OWASP "CSV injection") leaves the app with one leading quote, and the
/// import takes exactly that quote off again, so an export still re-imports to the same journal (issue 15, item 7).
/// </summary>
public sealed class CsvFormulaInjectionTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    public static TheoryData<string, string> Payloads => new()
    {
        { "=HYPERLINK(\"https://evil.example\")", "'=HYPERLINK(\"https://evil.example\")" },
        { "@SUM(A1:A9)", "'@SUM(A1:A9)" },
        { "+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0" },
        { "-2+3", "'-2+3" },
        { "\"=1+1", "'\"=1+1" },
        { "'=1+1", "''=1+1" },
        { "'tis better", "'tis better" },
        { "plain = text", "plain = text" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void A_cell_that_starts_like_a_formula_gets_one_quote_and_reads_back_as_typed(string typed, string written)
    {
        Assert.Equal(written, SpreadsheetText.Neutralise(typed));
        Assert.Equal(typed, SpreadsheetText.Restore(written));
    }

    [Fact]
    public async Task Formula_like_notes_and_tags_are_exported_neutralised_and_re_import_to_the_same_journal_while_negative_numbers_stay()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalImportTests.AddMetricAsync(factory, email, "posture_angle", "Posture angle");
        await JournalForms.SaveAsync(client, "2026-11-20", JournalForms.Values(("EasierToday", "=HYPERLINK(\"https://evil.example\",\"x\")"), ("Triggers", "@SUM(A1)"), ("Helped", "+cmd"), ("Custom[0].Value", "-3")));
        await JournalForms.SaveAsync(client, "2026-11-21", JournalForms.Values(("EasierToday", "-walked further"), ("Triggers", "'=quoted"), ("Helped", "'tis fine")));
        await JournalForms.SaveAsync(client, "2026-11-22", JournalForms.Values(("EasierToday", "\"=1+2\" in quotes"), ("Pain", "3")));
        var before = await JournalCsvClient.SnapshotAsync(factory, email);
        Assert.Equal("=HYPERLINK(\"https://evil.example\",\"x\")", before[0].EasierToday);

        var (_, export) = await JournalCsvClient.DownloadAsync(client, "/Journal/Export");
        var rows = Rows(System.Text.Encoding.UTF8.GetBytes(export));
        Assert.Equal("'=HYPERLINK(\"https://evil.example\",\"x\")", rows[0]["easier_today"]);
        Assert.Equal("'@SUM(A1)", rows[0]["triggers"]);
        Assert.Equal("'+cmd", rows[0]["helped"]);
        Assert.Equal("-3", rows[0]["posture_angle"]);
        Assert.Equal("'-walked further", rows[1]["easier_today"]);
        Assert.Equal("''=quoted", rows[1]["triggers"]);
        Assert.Equal("'tis fine", rows[1]["helped"]);
        Assert.Equal("'\"=1+2\" in quotes", rows[2]["easier_today"]);
        Assert.All(rows.SelectMany(r => r.Values), cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '@' or '\t' or '\r' && cell != "-3", cell));

        // The same file re-imports to the same journal, and builds it for a patient who starts empty.
        Assert.Equal($"Imported 3 days (0 new, 0 updated, 3 already up to date).", await JournalCsvClient.ImportOkAsync(client, export));
        Assert.Equal(before, await JournalCsvClient.SnapshotAsync(factory, email));
        var (other, otherEmail) = await Accounts.RegisterPatientAsync(factory);
        await JournalImportTests.AddMetricAsync(factory, otherEmail, "posture_angle", "Posture angle");
        await JournalCsvClient.ImportOkAsync(other, export);
        Assert.Equal(await JournalCsvClient.ContentAsync(factory, email), await JournalCsvClient.ContentAsync(factory, otherEmail));
    }

    [Fact]
    public async Task The_data_download_neutralises_the_journal_and_names_others_typed()
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-20", JournalForms.Values(("EasierToday", "@SUM(1+1)*cmd|' /C calc'!A0"), ("Pain", "4")));

        var response = await client.GetAsync("/Profile/Data?handler=Download");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        using var stream = zip.GetEntry("journal.csv")!.Open();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal("'@SUM(1+1)*cmd|' /C calc'!A0", Assert.Single(Rows(copy.ToArray()))["easier_today"]);
    }

    private static List<Dictionary<string, string>> Rows(byte[] content)
    {
        using var csv = CsvReader.Create(new ReadOnlyMemory<byte>(content), new CsvReaderOptions { Separator = ',', HasHeader = true, Mode = CsvMode.Rfc4180 });
        var header = csv.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.Select((h, i) => (h, csv.GetString(i) ?? string.Empty)).ToDictionary(c => c.h, c => c.Item2, StringComparer.Ordinal));
        }

        return rows;
    }
}
