using System.Globalization;
using System.Text;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.AppWide;

/// <summary>
/// Issue 19: no patient or clinician page is over 100 KB of HTML for a two-year journal (730 days with numbers, notes,
/// tags, functional wins and a flare-up every six weeks, imported as a CSV), so a phone on a slow line gets every page.
/// </summary>
public sealed class TwoYearJournalPageSizeTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const int MaxBytes = 100 * 1024;

    [Fact]
    public async Task Every_page_of_a_730_day_journal_is_under_100_KB_for_the_patient_and_the_clinician()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, name: "Two Years");
        await Journal.JournalCsvClient.ImportOkAsync(patient, TwoYears(new DateOnly(2026, 11, 25)));
        var patientId = Accounts.UserId(factory, email);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await Accounts.LinkAsync(factory, patientId, clinician.UserId);

        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var url in new[] { "/Home", "/Journal/Entry", "/Journal", "/Wins", "/Progress?range=30", "/Progress?range=90", "/Progress?range=365", "/Progress/WhatHelps", "/Wins/Week" })
        {
            sizes[url] = Encoding.UTF8.GetByteCount((await HtmlPage.GetOkAsync(patient, url)).Html);
        }

        // The timeline leads with the period's summary, then its charts and three weeks (issue 16): every period.
        foreach (var url in new[] { "", "?days=90", "?days=365", "?days=365&page=5" })
        {
            sizes["timeline" + url] = Encoding.UTF8.GetByteCount((await HtmlPage.GetOkAsync(clinician.Client, $"/Clinician/Patients/{patientId}{url}")).Html);
        }

        Assert.All(sizes, size => Assert.True(size.Value < MaxBytes, $"{size.Key}: {size.Value} bytes"));
    }

    /// <summary>730 days ending the day before <paramref name="today"/>: improving numbers with noise, every kind of field filled.</summary>
    private static string TwoYears(DateOnly today)
    {
        var random = new Random(19);
        var csv = new StringBuilder("date,pain,sitting_minutes,walking_meters,flare,stood_without_wincing,slept_through_night,easier_today,triggers,helped\n");
        for (var d = 730; d >= 1; d--)
        {
            var date = today.AddDays(-d);
            var progress = (730 - d) / 730.0;
            var flare = (d % 42) switch { 0 => "start", 39 => "end", _ => "" };
            csv.Append(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd},{Math.Clamp((int)Math.Round(7 - (4 * progress) + random.Next(-1, 2)), 0, 10)},")
                .Append(CultureInfo.InvariantCulture, $"{(int)(20 + (40 * progress)) + random.Next(-8, 9)},{(int)(500 + (2500 * progress)) + random.Next(-300, 301)},{flare},")
                .Append(CultureInfo.InvariantCulture, $"{random.Next(0, 4) / 3},{random.Next(0, 4) / 3},")
                .Append(CultureInfo.InvariantCulture, $"Tied my shoes without help on day {d},long drive;lifting,heat pack;short walk\n");
        }

        return csv.ToString();
    }
}
