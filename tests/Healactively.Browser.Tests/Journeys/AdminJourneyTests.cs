using Healactively.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Journeys;

/// <summary>An admin on a phone finds a patient's account and locks it; the patient's next sign-in is refused.</summary>
public sealed class AdminJourneyTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [BrowserFact]
    public async Task An_admin_on_a_phone_finds_a_patient_and_locks_the_account_so_they_cannot_sign_in()
    {
        var shots = new Screenshots("admin-journey");
        string patientEmail;
        await using (var patientPhone = await app.NewPhoneAsync())
        {
            patientEmail = await UserFlows.RegisterPatientAsync(await patientPhone.NewPageAsync(), "Kit");
        }

        await using var adminPhone = await app.NewPhoneAsync();
        var console = ConsoleWatch.On(adminPhone);
        var page = await adminPhone.NewPageAsync();
        await UserFlows.SignInStaffAsync(app, page, Web.Data.Roles.Admin, "Alex Admin", shots);

        await page.GotoAsync("/Admin");
        await page.GetByLabel("Email or name").FillAsync(patientEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync("**/Admin?**");
        Assert.Equal("1 account", (await page.Locator("#account-count").InnerTextAsync()).Trim());
        await shots.TakeAsync(page, "search");

        await page.GetByRole(AriaRole.Link, new() { Name = patientEmail }).ClickAsync();
        await page.Locator("#account-email").WaitForAsync();
        Assert.Equal(patientEmail, (await page.Locator("#account-email").InnerTextAsync()).Trim());
        await shots.TakeAsync(page, "account");

        await page.GetByRole(AriaRole.Link, new() { Name = "Lock…" }).ClickAsync();
        await page.WaitForURLAsync("**/Change/lock");
        await shots.TakeAsync(page, "confirm-lock");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, lock the account" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Change/", StringComparison.Ordinal));
        Assert.Contains("locked", await page.Locator("#account-status").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await shots.TakeAsync(page, "locked");
        console.AssertNoCspViolations();

        await using var patientAgain = await app.NewPhoneAsync();
        var patientPage = await patientAgain.NewPageAsync();
        await UserFlows.TrySignInAsync(patientPage, patientEmail);
        await patientPage.GetByText("do not match an account").WaitForAsync();
        // A locked account is answered like a wrong password, so the answer never tells that an account exists.
        Assert.Contains("do not match an account", await patientPage.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("/Identity/Account/Login", patientPage.Url, StringComparison.Ordinal);
        await shots.TakeAsync(patientPage, "patient-refused");
    }
}
