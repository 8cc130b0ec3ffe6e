using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Healactively.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Clinician;

/// <summary>
/// A clinician on a 360 px phone: the triage list's flags are on screen (not cut off to the right), the timeline's
/// summary reads without sideways scrolling, and the visit report prints to one or two A4 pages.
/// </summary>
public sealed partial class ClinicianPhoneTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const int PhoneWidth = 360;

    [BrowserFact]
    public async Task Triage_flags_are_visible_the_timeline_summary_fits_and_the_report_prints_to_one_or_two_pages()
    {
        var shots = new Screenshots("clinician-phone");
        string code;
        await using (var patientPhone = await app.NewPhoneAsync())
        {
            var patient = await patientPhone.NewPageAsync();
            await UserFlows.RegisterPatientAsync(patient, "Robin");
            await patient.GotoAsync("/Journal/Import");
            await patient.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "month.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(AMonthThenThreeBadDays()) });
            await patient.Locator("#import-submit").ClickAsync();
            await patient.WaitForURLAsync("**/Journal");
            code = await UserFlows.CreateShareCodeAsync(patient);
        }

        await using var phone = await app.NewPhoneAsync();
        var console = ConsoleWatch.On(phone);
        var page = await phone.NewPageAsync();
        await UserFlows.SignInStaffAsync(app, page, Web.Data.Roles.Clinician, "Dr. Ito");
        await page.GotoAsync("/Clinician/Link");
        await page.GetByLabel("Share code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Link", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Clinician");

        var flag = page.Locator(".triage-row", new() { HasText = "Robin" }).Locator(".triage-flag", new() { HasText = "Pain above usual" });
        Assert.True(await flag.IsVisibleAsync(), "The pain flag is not visible on the triage list.");
        var box = (await flag.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= PhoneWidth, $"The flag spans {box.X:0}–{box.X + box.Width:0} px of a {PhoneWidth} px screen.");
        await AssertNoSidewaysScrollAsync(page, "triage list");
        await shots.TakeAsync(page, "triage");

        await page.GetByRole(AriaRole.Link, new() { Name = "Robin" }).ClickAsync();
        var summary = page.Locator("#timeline-summary");
        await summary.WaitForAsync();
        Assert.Contains("Pain", await page.Locator("#summary-metrics").InnerTextAsync(), StringComparison.Ordinal);
        var summaryBox = (await summary.BoundingBoxAsync())!;
        Assert.True(summaryBox.X >= 0 && summaryBox.X + summaryBox.Width <= PhoneWidth, $"The summary spans {summaryBox.X:0}–{summaryBox.X + summaryBox.Width:0} px.");
        await AssertNoSidewaysScrollAsync(page, "timeline");
        await shots.TakeAsync(page, "timeline-summary");

        await page.Locator("#link-report").ClickAsync();
        await page.Locator("#report-table").WaitForAsync();
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = false });
        var pages = PdfPage().Count(Encoding.Latin1.GetString(pdf));
        Assert.InRange(pages, 1, 2);
        console.AssertNoCspViolations();
    }

    private static async Task AssertNoSidewaysScrollAsync(IPage page, string what)
    {
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= PhoneWidth, $"The {what} is {width} px wide on a {PhoneWidth} px screen.");
    }

    /// <summary>Pain 3 every day for a month, then 6 on each of the last three days (ending yesterday).</summary>
    private static string AMonthThenThreeBadDays()
    {
        var csv = new StringBuilder("date,pain,sitting_minutes\n");
        var yesterday = new DateOnly(2026, 11, 24);
        for (var d = 32; d >= 0; d--)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{yesterday.AddDays(-d):yyyy-MM-dd},{(d < 3 ? 6 : 3)},30\n");
        }

        return csv.ToString();
    }

    // Each page object of the printed PDF ("/Type /Page", not "/Type /Pages").
    [GeneratedRegex(@"/Type\s*/Page(?![a-z])")]
    private static partial Regex PdfPage();
}
