using System.Globalization;
using System.Net;
using Healactively.Domain.Journal;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Healactively.Web.Tests.Journal;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Healactively.Web.Tests.Clinician;

/// <summary>The visit report (page and PDF) as a linked clinician reads it, for a journal whose wins and flares are known.</summary>
public sealed class ReportTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private static string ReportUrl(string patientId, string suffix = "") => $"/Clinician/Patients/{Uri.EscapeDataString(patientId)}/Report{suffix}";

    /// <summary>Counted in moments: one per date and subject.</summary>
    private static int ExpectedMoments(IEnumerable<JournalEntry> journal, DateOnly from, DateOnly to) =>
        TestJournals.ExpectedWinRows(journal)
            .Select(r => r.Split(','))
            .Where(f => DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture) is var d && d >= from && d <= to)
            .Select(f => (f[0], f[2]))
            .Distinct()
            .Count();

    [Fact]
    public async Task The_report_names_the_patient_and_period_and_counts_days_wins_and_flares_with_their_recovery()
    {
        var journal = TestJournals.Recovery(TestJournals.Today, days: 120);
        var linked = await ReportSteps.LinkedPatientAsync(factory, journal, name: "Avery Recovery");

        var page = await HtmlPage.GetOkAsync(linked.Clinician, ReportUrl(linked.PatientId));
        Assert.Equal("Avery Recovery", page.Find("#report-patient")!.TextContent.Trim());
        Assert.Equal("27 Oct 2026 – 25 Nov 2026", page.Find("#report-period")!.TextContent.Trim());

        var expected30 = ExpectedMoments(journal, new DateOnly(2026, 10, 27), TestJournals.Today);
        Assert.True(expected30 > 1);
        var journaled30 = journal.Count(e => e.Date >= new DateOnly(2026, 10, 27));
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"Journaled {journaled30} of 30 days ({Math.Round(100m * journaled30 / 30, MidpointRounding.AwayFromZero)} %) · {expected30} wins"),
            JournalDays.TextOf(page.Find("#report-summary")));
        Assert.Equal(["6 Nov 2026 – 6 Nov 2026 · recovered the same day"], page.FindAll("#report-flares li").Select(JournalDays.TextOf));

        // No journal free text on a clinician's report.
        foreach (var note in journal.Select(e => e.EasierToday).OfType<string>().Distinct())
        {
            Assert.DoesNotContain(note.Split('\n')[0], page.Html, StringComparison.Ordinal);
        }

        // The 90-day toggle widens the period, the counts and the flares.
        var toggle = page.Find("#report-90")!.GetAttribute("href")!;
        var ninety = await HtmlPage.GetOkAsync(linked.Clinician, toggle);
        Assert.Equal("28 Aug 2026 – 25 Nov 2026", ninety.Find("#report-period")!.TextContent.Trim());
        var expected90 = ExpectedMoments(journal, new DateOnly(2026, 8, 28), TestJournals.Today);
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $" · {expected90} wins"), JournalDays.TextOf(ninety.Find("#report-summary")), StringComparison.Ordinal);
        Assert.Equal(
            [
                "28 Aug 2026 – 3 Sep 2026 · recovered in 6 days",
                "7 Oct 2026 – 11 Oct 2026 · recovered in 4 days",
                "6 Nov 2026 – 6 Nov 2026 · recovered the same day",
            ],
            ninety.FindAll("#report-flares li").Select(JournalDays.TextOf));
        Assert.Equal(ReportUrl(linked.PatientId, "/Pdf") + "?days=90", ninety.Find("#report-pdf")!.GetAttribute("href"));

        // Anything but 30 or 90 is 30.
        var odd = await HtmlPage.GetOkAsync(linked.Clinician, ReportUrl(linked.PatientId) + "?days=7");
        Assert.Equal("27 Oct 2026 – 25 Nov 2026", odd.Find("#report-period")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_summary_table_compares_the_first_and_last_two_weeks_and_lists_the_periods_notes()
    {
        var linked = await ReportSteps.LinkedPatientAsync(factory, ReportSteps.Small, name: "Jo Small");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ClinicianNotes.Add(new ClinicianNote
            {
                PatientId = linked.PatientId,
                ClinicianId = linked.ClinicianId,
                Date = new DateOnly(2026, 11, 23),
                Text = "Great steady week.",
                CreatedAt = factory.Clock.GetUtcNow(),
            });
            db.ClinicianNotes.Add(new ClinicianNote
            {
                PatientId = linked.PatientId,
                ClinicianId = linked.ClinicianId,
                Date = new DateOnly(2026, 9, 1),
                Text = "Too old for this report.",
                CreatedAt = factory.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        var page = await HtmlPage.GetOkAsync(linked.Clinician, ReportUrl(linked.PatientId));
        IEnumerable<string> Row(string metric) => page.FindAll($"#report-table tr[data-metric='{metric}'] th, #report-table tr[data-metric='{metric}'] td").Select(JournalDays.TextOf);

        // Nothing in the period's first 14 days (27 Oct – 9 Nov): the last two weeks alone, and no change claimed.
        Assert.Equal(["Sitting", "—", "30 min", "—", "—"], Row("sitting_minutes"));
        Assert.Equal(["Pain", "—", "4.5 points", "—", "—"], Row("pain"));

        Assert.Contains("Journaled 4 of 30 days", JournalDays.TextOf(page.Find("#report-summary")), StringComparison.Ordinal);
        Assert.Equal(["20 Nov 2026 – 22 Nov 2026 · recovered in 2 days"], page.FindAll("#report-flares li").Select(JournalDays.TextOf));
        Assert.Equal(["23 Nov 2026 · Week · Dr. Test: Great steady week."], page.FindAll("#report-notes li").Select(JournalDays.TextOf));
        Assert.DoesNotContain("PRIVATE-TEXT-1", page.Html, StringComparison.Ordinal);

        // Printable: a print stylesheet and a print button wired by a script file, no inline script.
        Assert.NotNull(page.Find("link[rel=stylesheet][href^='/css/print.']"));
        Assert.NotNull(page.Find("button#report-print[data-print]"));
        Assert.NotNull(page.Find("script[src^='/js/print.']"));
        Assert.DoesNotContain(page.FindAll("script"), s => string.IsNullOrEmpty(s.GetAttribute("src")));
    }

    [Fact]
    public async Task The_pdf_opens_and_names_the_patient_and_the_period()
    {
        var linked = await ReportSteps.LinkedPatientAsync(factory, ReportSteps.Small, name: "Jo Pdf");

        foreach (var (days, period) in new[] { (30, "27 Oct 2026 – 25 Nov 2026"), (90, "28 Aug 2026 – 25 Nov 2026") })
        {
            var response = await linked.Clinician.GetAsync(ReportUrl(linked.PatientId, "/Pdf") + $"?days={days}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
            var from = days == 30 ? "2026-10-27" : "2026-08-28";
            Assert.Equal($"healactively-report-jo-pdf-{from}-to-2026-11-25.pdf", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
            Assert.True(response.Headers.CacheControl!.NoStore);

            var bytes = await response.Content.ReadAsByteArrayAsync();
            using var pdf = PdfDocument.Open(bytes);
            Assert.InRange(pdf.NumberOfPages, 1, 2);
            var text = string.Join('\n', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
            Assert.Contains("Jo Pdf", text, StringComparison.Ordinal);
            Assert.Contains($"last {days} days · {period}", text, StringComparison.Ordinal);
            Assert.Contains("Sitting", text, StringComparison.Ordinal);
            Assert.Contains("20 Nov 2026 – 22 Nov 2026 · recovered in 2 days", text, StringComparison.Ordinal);
            Assert.DoesNotContain("PRIVATE-TEXT-1", text, StringComparison.Ordinal);
            Assert.Equal("Visit report: Jo Pdf", pdf.Information.Title);
            Assert.Equal($"Last {days} days: {period}", pdf.Information.Subject);
        }
    }

    [Fact]
    public async Task An_unlinked_clinician_gets_404_for_the_report_the_pdf_and_the_exports()
    {
        var linked = await ReportSteps.LinkedPatientAsync(factory, ReportSteps.Small, name: "Jo Private");
        var stranger = await ReportSteps.UnlinkedClinicianAsync(factory);
        var id = Uri.EscapeDataString(linked.PatientId);

        foreach (var url in new[] { $"/Clinician/Patients/{id}/Report", $"/Clinician/Patients/{id}/Report/Pdf", $"/Clinician/Patients/{id}/Wins/Export", $"/Clinician/Patients/{id}/Fhir" })
        {
            var response = await stranger.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {(int)response.StatusCode}");
            Assert.Equal(HttpStatusCode.OK, (await linked.Clinician.GetAsync(url)).StatusCode);
        }
    }
}
