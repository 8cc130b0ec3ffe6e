using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Journal;

/// <summary>The journal CSV export (spec: csv-formats.md): the spec's columns and formats, and a file that re-imports to the same journal.</summary>
public sealed class JournalExportTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string H = TestJournals.Header;

    [Fact]
    public async Task The_export_has_the_specs_columns_in_order_then_the_patients_metrics()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalImportTests.AddMetricAsync(factory, email, "posture_angle", "Posture angle");
        await JournalForms.SaveAsync(client, "2026-11-20", JournalForms.Values(
            ("Pain", "4"), ("SittingMinutes", "35"), ("Walking", "1.5"), ("FlareStarted", "true"), ("SleptThroughNight", "true"),
            ("EasierToday", "Socks, finally \"easy\""), ("Triggers", "long drive"), ("Helped", "walk, heat pack")));
        await JournalForms.SaveAsync(client, "2026-11-22", JournalForms.Values(("FlareOver", "true"), ("Custom[0].Value", "-3.5")));
        await JournalForms.SaveAsync(client, "2026-11-24", JournalForms.Values(("Pain", "2"), ("Custom[0].Value", "12.50")));

        var (fileName, csv) = await JournalCsvClient.DownloadAsync(client, "/Journal/Export");

        Assert.Equal("healactively-journal-2026-11-25.csv", fileName);
        Assert.Equal(
            [
                $"{H},posture_angle",
                "2026-11-20,4,35,1500,start,0,1,0,0,0,\"Socks, finally \"\"easy\"\"\",long drive,walk;heat pack,",
                "2026-11-22,,,,end,0,0,0,0,0,,,,-3.5",
                "2026-11-24,2,,,,0,0,0,0,0,,,,12.5",
            ],
            JournalCsvClient.Lines(csv));
    }

    [Fact]
    public async Task An_export_re_imports_without_changing_anything_and_builds_the_same_journal_for_another_patient()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalImportTests.AddMetricAsync(factory, email, "posture_angle", "Posture angle");
        var entries = TestJournals.Recovery(TestJournals.Today, days: 120);
        await JournalCsvClient.ImportOkAsync(client, TestJournals.ToCsv(entries));
        await JournalForms.SaveAsync(client, "2026-11-24", JournalForms.Values(("Custom[0].Value", "12.5"), ("EasierToday", "Commas, \"quotes\"\nand a new line")));
        await JournalForms.SaveAsync(client, "2026-11-25", JournalForms.Values(("Custom[0].Value", "-1")));
        var before = await JournalCsvClient.SnapshotAsync(factory, email);
        var winsBefore = (await JournalCsvClient.DownloadAsync(client, "/Wins/Export")).Text;
        Assert.Contains(",improvement,", winsBefore, StringComparison.Ordinal);

        var (_, export) = await JournalCsvClient.DownloadAsync(client, "/Journal/Export");
        var message = await JournalCsvClient.ImportOkAsync(client, export);

        Assert.Equal($"Imported {before.Count} days (0 new, 0 updated, {before.Count} already up to date).", message);
        Assert.Equal(before, await JournalCsvClient.SnapshotAsync(factory, email));
        Assert.Equal(winsBefore, (await JournalCsvClient.DownloadAsync(client, "/Wins/Export")).Text);

        // The same file builds the same journal, and so the same wins, for a patient who starts empty.
        var (other, otherEmail) = await Accounts.RegisterPatientAsync(factory);
        await JournalImportTests.AddMetricAsync(factory, otherEmail, "posture_angle", "Posture angle");
        Assert.Equal($"Imported {before.Count} days ({before.Count} new, 0 updated).", await JournalCsvClient.ImportOkAsync(other, export));
        Assert.Equal(await JournalCsvClient.ContentAsync(factory, email), await JournalCsvClient.ContentAsync(factory, otherEmail));
        Assert.Equal(winsBefore, (await JournalCsvClient.DownloadAsync(other, "/Wins/Export")).Text);
        Assert.Equal(export, (await JournalCsvClient.DownloadAsync(other, "/Journal/Export")).Text);
    }

    [Fact]
    public async Task Another_patients_export_contains_none_of_the_first_patients_data()
    {
        var (first, _) = await Accounts.RegisterPatientAsync(factory);
        await JournalCsvClient.ImportOkAsync(first, TestJournals.ToCsv(TestJournals.Recovery(TestJournals.Today, days: 30)));
        await JournalForms.SaveAsync(first, "2026-11-24", JournalForms.Values(("EasierToday", "first patient's private note")));

        var (second, _) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(second, "2026-11-24", JournalForms.Values(("Pain", "3")));

        var (_, csv) = await JournalCsvClient.DownloadAsync(second, "/Journal/Export");
        Assert.Equal([H, "2026-11-24,3,,,,0,0,0,0,0,,,"], JournalCsvClient.Lines(csv));

        var (_, empty) = await JournalCsvClient.DownloadAsync((await Accounts.RegisterPatientAsync(factory)).Client, "/Journal/Export");
        Assert.Equal([H], JournalCsvClient.Lines(empty));
    }
}
