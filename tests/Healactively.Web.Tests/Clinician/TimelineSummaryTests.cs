using System.Net;
using Healactively.Domain.Journal;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Healactively.Web.Tests.Outcomes;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using static Healactively.Web.Tests.Infrastructure.JournalDays;

namespace Healactively.Web.Tests.Clinician;

/// <summary>
/// Issue 16: the timeline leads with a summary of the period a clinician can read in a minute, its links to the report,
/// the PDF, the wins CSV and the FHIR export answer only the linked clinician, and the PDF carries the same figures.
/// Today is 2026-11-25 (London); the 30-day period is 27 Oct – 25 Nov: first 14 days 27 Oct – 9 Nov, last 12 – 25 Nov.
/// </summary>
public sealed class TimelineSummaryTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    /// <summary>Pain 6 → 4, sitting 30 → 45, walking 1 km → 1.3 km; two flare-ups (2 and 4 days), none the 30 days before.</summary>
    public static readonly IReadOnlyList<JournalEntry> HandMade =
    [
        new(new DateOnly(2026, 10, 28)) { Pain = 6, SittingMinutes = 30, WalkingMeters = 1000, EasierToday = "PRIVATE-SUMMARY-TEXT" },
        new(new DateOnly(2026, 10, 30)) { Pain = 6, SittingMinutes = 30 },
        new(new DateOnly(2026, 11, 2)) { Pain = 5, SittingMinutes = 35, Flare = FlareMark.Start },
        new(new DateOnly(2026, 11, 4)) { Pain = 6, Flare = FlareMark.End },
        new(new DateOnly(2026, 11, 14)) { Pain = 4, SittingMinutes = 45, WalkingMeters = 1300 },
        new(new DateOnly(2026, 11, 16)) { Pain = 4, SittingMinutes = 45, Flare = FlareMark.Start },
        new(new DateOnly(2026, 11, 20)) { Pain = 3, SittingMinutes = 50, Flare = FlareMark.End },
        new(new DateOnly(2026, 11, 24)) { Pain = 4, SittingMinutes = 40, FunctionalWins = FunctionalWins.StoodWithoutWincing },
    ];

    private static readonly string[] TopLinks = ["#link-report", "#link-pdf", "#link-wins-csv", "#link-fhir"];

    private static string Timeline(string patientId) => $"/Clinician/Patients/{Uri.EscapeDataString(patientId)}";

    private async Task<ReportSteps.Linked> LinkedAsync(string name)
    {
        var linked = await ReportSteps.LinkedPatientAsync(factory, HandMade, name: name);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = await db.Users.FindAsync(linked.PatientId);
        user!.FullName = "Maya Rivera-Núñez";
        user.DateOfBirth = new DateOnly(1981, 3, 4);
        user.ClinicReference = "PT-0042";
        await db.SaveChangesAsync();
        return linked;
    }

    [Fact]
    public async Task The_timeline_opens_with_the_period_medians_their_change_days_journaled_flares_and_strongest_moments()
    {
        var linked = await LinkedAsync("Maya");

        var page = await HtmlPage.GetOkAsync(linked.Clinician, Timeline(linked.PatientId));

        string Metric(string key) => TextOf(page.Find($"#summary-metrics li[data-metric='{key}'] .summary-sentence"));
        bool Flagged(string key) => page.Find($"#summary-metrics li[data-metric='{key}'] .summary-important") is not null;
        Assert.Equal("Sitting: median 30 min → 45 min, 15 min longer", Metric("sitting_minutes"));
        Assert.Equal("Pain: median 6 points → 4 points, 2 points lower", Metric("pain"));
        Assert.StartsWith("Walking: median 1 km → 1.3 km, ", Metric("walking_meters"), StringComparison.Ordinal);
        Assert.True(Flagged("sitting_minutes"));
        Assert.True(Flagged("pain"));
        // 300 m is exactly 30 % of 1 km: the clinically important change counts at the threshold.
        Assert.True(Flagged("walking_meters"));
        Assert.Equal("Journaled 8 of 30 days (27 %)", TextOf(page.Find("#summary-journaled")));
        Assert.Equal("2 flare-ups, median recovery 3 days; more than the 30 days before (0)", TextOf(page.Find("#summary-flares")));
        Assert.Equal("27 Oct 2026 – 25 Nov 2026", TextOf(page.Find("#summary-period")));

        // The strongest moments speak about the patient, never to them.
        var moments = page.FindAll("#summary-moments .summary-moment").Select(TextOf).ToList();
        Assert.NotEmpty(moments);
        Assert.All(moments, m => Assert.DoesNotContain("You ", m, StringComparison.Ordinal));
        Assert.Contains("Tue 24 Nov: Maya stood up without wincing.", moments);

        // The clinic's identity is in the header; the summary comes before the charts, and the charts before the weeks.
        Assert.Equal("Maya Rivera-Núñez", TextOf(page.Find("#patient-full-name")));
        Assert.Equal("Born 4 Mar 1981 · Ref. PT-0042", TextOf(page.Find("#patient-details")));
        var order = page.FindAll("#timeline-summary, #timeline-charts, #timeline-weeks").Select(e => e.Id).ToList();
        Assert.Equal(["timeline-summary", "timeline-charts", "timeline-weeks"], order);

        // A longer period moves the first two weeks back: 90 days starts 28 Aug, with nothing recorded then.
        var ninety = await HtmlPage.GetOkAsync(linked.Clinician, Timeline(linked.PatientId) + "?days=90");
        Assert.Equal("Sitting: not recorded in the first two weeks; median 45 min in the last two weeks", TextOf(ninety.Find("#summary-metrics li[data-metric='sitting_minutes'] .summary-sentence")));
        Assert.Equal("page", ninety.Find("#period-range a.active")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task The_links_at_the_top_answer_the_linked_clinician_and_not_found_to_another_clinician_or_patient()
    {
        var linked = await LinkedAsync("Maya");
        var stranger = await ReportSteps.UnlinkedClinicianAsync(factory);
        var (otherPatient, _) = await Accounts.RegisterPatientAsync(factory, name: "Other");

        var page = await HtmlPage.GetOkAsync(linked.Clinician, Timeline(linked.PatientId));
        var links = TopLinks.Select(id => page.Find(id)!.GetAttribute("href")!).ToList();
        Assert.Equal(4, links.Distinct(StringComparer.Ordinal).Count());

        foreach (var url in links.Append(Timeline(linked.PatientId)))
        {
            Assert.Equal(HttpStatusCode.OK, (await linked.Clinician.GetAsync(url)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(url)).StatusCode);
            var patientAnswer = (await otherPatient.GetAsync(url)).StatusCode;
            Assert.True(patientAnswer is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{url}: {patientAnswer}");
        }
    }

    [Fact]
    public async Task The_pdf_names_the_patient_and_period_holds_the_summary_on_one_or_two_pages_and_is_named_after_them()
    {
        var linked = await LinkedAsync("Maya");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.ClinicianNotes.Add(new ClinicianNote { PatientId = linked.PatientId, ClinicianId = linked.ClinicianId, Date = new DateOnly(2026, 11, 23), Text = "Good steady week.", CreatedAt = factory.Clock.GetUtcNow() });
            await db.SaveChangesAsync();
        }

        var response = await linked.Clinician.GetAsync($"{Timeline(linked.PatientId)}/Report/Pdf?days=30");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healactively-report-maya-rivera-nunez-2026-10-27-to-2026-11-25.pdf", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        ReportArtifacts.Save("visit-report-30.pdf", bytes);
        using var pdf = PdfDocument.Open(bytes);
        Assert.InRange(pdf.NumberOfPages, 1, 2);
        var text = string.Join('\n', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        Assert.Contains("Maya Rivera-Núñez", text, StringComparison.Ordinal);
        Assert.Contains("Born 4 Mar 1981 · Ref. PT-0042", text, StringComparison.Ordinal);
        Assert.Contains("last 30 days · 27 Oct 2026 – 25 Nov 2026", text, StringComparison.Ordinal);
        Assert.Contains("Journaled 8 of 30 days (27 %)", text, StringComparison.Ordinal);
        Assert.Contains("Sitting 30 min 45 min 15 min longer yes", text, StringComparison.Ordinal);
        Assert.Contains("Pain 6 points 4 points 2 points lower yes", text, StringComparison.Ordinal);
        Assert.Contains("2 flare-ups, median recovery 3 days", text, StringComparison.Ordinal);
        Assert.Contains("Good steady week.", text, StringComparison.Ordinal);
        Assert.Contains("Maya stood up without wincing.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE-SUMMARY-TEXT", text, StringComparison.Ordinal);
        Assert.DoesNotContain("You ", text, StringComparison.Ordinal);

        // The page matches: the same table, and its title (the name printing to a file uses) is the PDF's name.
        var report = await HtmlPage.GetOkAsync(linked.Clinician, $"{Timeline(linked.PatientId)}/Report");
        Assert.Equal(["Sitting", "30 min", "45 min", "15 min longer", "yes"], report.FindAll("#report-table tr[data-metric='sitting_minutes'] th, #report-table tr[data-metric='sitting_minutes'] td").Select(TextOf));
        Assert.StartsWith("healactively-report-maya-rivera-nunez-2026-10-27-to-2026-11-25", TextOf(report.Find("title")), StringComparison.Ordinal);
        Assert.Equal(3, report.FindAll("#report-charts svg polyline").Count);
    }

    [Fact]
    public async Task Check_ins_and_goals_are_in_the_timeline_summary_the_report_and_its_pdf_in_the_third_person()
    {
        var linked = await LinkedAsync("Maya");
        OutcomeSteps.AssertRedirect(await OutcomeSteps.AddActivityAsync(linked.Patient, "Carry the shopping upstairs"));
        var activity = Assert.Single(await OutcomeSteps.ActivitiesAsync(factory, linked.PatientId));
        OutcomeSteps.AssertRedirect(await OutcomeSteps.CheckInAsync(linked.Patient, "2026-11-03", OutcomeSteps.Answers(activity.Id, "3", "7")));
        OutcomeSteps.AssertRedirect(await OutcomeSteps.CheckInAsync(linked.Patient, "2026-11-24", OutcomeSteps.Answers(activity.Id, "6", "4")));

        var timeline = await HtmlPage.GetOkAsync(linked.Clinician, $"{Timeline(linked.PatientId)}?days=30");
        var report = await HtmlPage.GetOkAsync(linked.Clinician, $"{Timeline(linked.PatientId)}/Report?days=30");
        foreach (var page in new[] { timeline, report })
        {
            Assert.Contains("Tue 3 Nov: 3.00 · Tue 24 Nov: 6.00", TextOf(page.Find("#psfs-series")), StringComparison.Ordinal);
            Assert.Contains("Tue 3 Nov: 7.00 · Tue 24 Nov: 4.00", TextOf(page.Find("#peg-series")), StringComparison.Ordinal);
            Assert.Contains("Carry the shopping upstairs: first rated 3 (Tue 3 Nov), latest 6 (Tue 24 Nov)", TextOf(page.Find("#psfs-activities")), StringComparison.Ordinal);
        }

        Assert.NotNull(timeline.Find("#timeline-summary #outcomes-heading"));
        var bytes = await (await linked.Clinician.GetAsync($"{Timeline(linked.PatientId)}/Report/Pdf?days=30")).Content.ReadAsByteArrayAsync();
        using var pdf = PdfDocument.Open(bytes);
        Assert.InRange(pdf.NumberOfPages, 1, 2);
        var text = string.Join('\n', pdf.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
        Assert.Contains("Outcome measures and goals", text, StringComparison.Ordinal);
        Assert.Contains("Carry the shopping upstairs: first rated 3 (Tue 3 Nov), latest 6 (Tue 24 Nov)", text, StringComparison.Ordinal);
        Assert.Contains("Tue 3 Nov: 7.00 · Tue 24 Nov: 4.00", text, StringComparison.Ordinal);
    }
}

/// <summary>Writes files a person may want to look at (a rendered PDF) next to the test binaries.</summary>
internal static class ReportArtifacts
{
    public static void Save(string name, byte[] bytes)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "report-artifacts");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name), bytes);
    }
}
