using Healactively.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Journeys;

/// <summary>A clinician links with the share code a patient created, then reads the timeline and the visit report.</summary>
public sealed class ClinicianJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task A_clinician_links_with_a_share_code_and_opens_the_timeline_and_report()
    {
        var shots = new Screenshots("clinician-journey");
        string code;
        await using (var patientPhone = await app.NewPhoneAsync())
        {
            var patientConsole = ConsoleWatch.On(patientPhone);
            var patient = await patientPhone.NewPageAsync();
            await UserFlows.RegisterPatientAsync(patient, "Robin");
            await UserFlows.JournalAsync(patient, "2026-11-24", pain: 5, sitting: "25");
            await UserFlows.JournalAsync(patient, pain: 3, sitting: "40");
            code = await UserFlows.CreateShareCodeAsync(patient);
            await shots.TakeAsync(patient, "patient-share-code");
            patientConsole.AssertNoCspViolations();
        }

        await using var clinicianPhone = await app.NewPhoneAsync();
        var console = ConsoleWatch.On(clinicianPhone);
        var page = await clinicianPhone.NewPageAsync();
        await UserFlows.SignInStaffAsync(app, page, Web.Data.Roles.Clinician, "Dr. Lee", shots);
        await page.GotoAsync("/Clinician/Link");
        await page.GetByLabel("Share code").FillAsync(code);
        await shots.TakeAsync(page, "link");
        await page.GetByRole(AriaRole.Button, new() { Name = "Link", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Clinician");
        await shots.TakeAsync(page, "my-patients");

        await page.GetByRole(AriaRole.Link, new() { Name = "Robin" }).ClickAsync();
        await page.Locator("#timeline-weeks").WaitForAsync();
        Assert.Equal("Robin", (await page.Locator("#patient-name").InnerTextAsync()).Trim());
        await Charts.AssertDrawnAsync(page.Locator("#chart-pain"));
        await shots.TakeAsync(page, "timeline");

        await page.GotoAsync(page.Url + "/Report");
        Assert.Equal("Robin", (await page.Locator("#report-patient").InnerTextAsync()).Trim());
        Assert.True(await page.Locator("#report-table").IsVisibleAsync());
        await shots.TakeAsync(page, "report");
        console.AssertNoCspViolations();
    }
}
