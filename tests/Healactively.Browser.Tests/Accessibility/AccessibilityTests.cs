using Deque.AxeCore.Playwright;
using Healactively.Browser.Tests.Infrastructure;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Healactively.Web.Features.Reminders;
using Healactively.Web.Features.Supporters;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Healactively.Browser.Tests.Accessibility;

/// <summary>
/// axe-core on every page the app maps, signed out and signed in as each role, in light and dark:
/// no serious or critical violations. Pages come from the app's endpoints, so new pages are covered.
/// </summary>
public sealed class AccessibilityTests(BrowserApp app, ITestOutputHelper output) : IClassFixture<BrowserApp>
{
    /// <summary>Pages no role can open with a plain GET, with the reason. Everything else must be checked by at least one role.</summary>
    private static readonly Dictionary<string, string> NotOpenable = new(StringComparer.Ordinal)
    {
        ["Identity/Account/ConfirmEmailChange"] = "needs the code from a change-of-email confirmation email",
        ["Identity/Account/ExternalLogin"] = "only answers the callback of an external login provider (none configured)",
        ["Identity/Account/Manage/ShowRecoveryCodes"] = "only right after recovery codes were generated (a POST)",
        ["Identity/Account/Manage/SetPassword"] = "only for an account without a password (external logins; none configured)",
        ["Identity/Account/Manage/DownloadPersonalData"] = "a POST from the Personal data page that returns a JSON file",
        ["/Clinician/Patients/Notes"] = "takes POSTs from the timeline's note forms; a GET redirects to the timeline",
        ["/Profile/Push"] = "takes JSON POSTs from the profile's notification buttons (push-subscribe.js); a GET goes back to the profile",
        ["/Supporting/Cheer"] = "takes POSTs from the cheer forms on a supporter's moments page; a GET goes back to that page",
    };

    [BrowserFact]
    public async Task Every_page_has_no_serious_or_critical_violations_for_any_role_in_light_and_dark()
    {
        // A patient with entries, a metric of their own and a clinician linked by share code: every page has data.
        await using var patientContext = await app.NewPhoneAsync();
        var patientPage = await patientContext.NewPageAsync();
        var patientEmail = await UserFlows.RegisterPatientAsync(patientPage, "Ari");
        await UserFlows.JournalAsync(patientPage, "2026-11-24", pain: 5, sitting: "25");
        await UserFlows.JournalAsync(patientPage, pain: 3, sitting: "40");
        await patientPage.GotoAsync("/Metrics");
        await patientPage.GetByLabel("Name", new() { Exact = true }).FillAsync("Posture angle");
        await patientPage.GetByLabel("Unit", new() { Exact = true }).FillAsync("degrees");
        await patientPage.GetByLabel("Smallest change that counts as a win").FillAsync("3");
        await patientPage.GetByRole(AriaRole.Button, new() { Name = "Add metric" }).ClickAsync();
        var code = await UserFlows.CreateShareCodeAsync(patientPage);

        await using var clinicianContext = await app.NewPhoneAsync();
        var clinicianPage = await clinicianContext.NewPageAsync();
        await UserFlows.SignInClinicianAsync(app, clinicianPage);
        await clinicianPage.GotoAsync("/Clinician/Link");
        await clinicianPage.GetByLabel("Share code").FillAsync(code);
        await clinicianPage.GetByRole(AriaRole.Button, new() { Name = "Link", Exact = true }).ClickAsync();
        await clinicianPage.WaitForURLAsync("**/Clinician");

        // An admin (two-factor on, so Identity's two-factor management pages open too).
        await using var adminContext = await app.NewPhoneAsync();
        await UserFlows.SignInStaffAsync(app, await adminContext.NewPageAsync(), Web.Data.Roles.Admin, "Alex Admin");

        // Half-way through a staff sign-in: the password is accepted and the code pages are next.
        await using var secondStepContext = await app.NewPhoneAsync();
        await UserFlows.StartStaffSignInAsync(app, await secondStepContext.NewPageAsync(), Web.Data.Roles.Clinician, "Dr. Second");

        // A patient who chose two-factor sign-in: only they may turn it off again (staff must keep it).
        await using var twoFactorPatientContext = await app.NewPhoneAsync();
        await UserFlows.SignInStaffAsync(app, await twoFactorPatientContext.NewPageAsync(), Web.Data.Roles.Patient, "Jo");

        // A supporter the patient shares with: their pages, and the patient's pages about them.
        var (supporterEmail, _, supporterLinkId) = await UserFlows.LinkSupporterAsync(app, patientEmail, "Sam");
        await using var supporterContext = await app.NewPhoneAsync();
        await UserFlows.SignInAsync(await supporterContext.NewPageAsync(), supporterEmail);

        var (values, ids) = await SeededValuesAsync(patientEmail);
        ids["/Supporters/Edit"] = supporterLinkId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        ids["/Supporters/Revoke"] = supporterLinkId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var queries = await LinkQueriesAsync(patientEmail);
        var pages = PageCatalog.All(app.Services);
        Assert.Contains(pages, p => p.Template == "/Journal/Entry/{date?}");

        await using var signedOutContext = await app.NewPhoneAsync();
        var roles = new (string Role, IBrowserContext Context)[]
        {
            ("signed out", signedOutContext),
            ("patient", patientContext),
            ("clinician", clinicianContext),
            ("admin", adminContext),
            ("second sign-in step", secondStepContext),
            ("patient with two-factor", twoFactorPatientContext),
            ("supporter", supporterContext),
        };

        var problems = new List<string>();
        var consoles = roles.Select(r => ConsoleWatch.On(r.Context)).ToList();
        var checkedPages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (role, context) in roles)
        {
            var page = await context.NewPageAsync();
            foreach (var appPage in pages)
            {
                var address = PageCatalog.Address(appPage, values, ids) + queries.GetValueOrDefault(appPage.Name, string.Empty);
                // Ask first with the same cookies: downloads, redirects and refusals are not this role's pages.
                var probe = await context.APIRequest.GetAsync(address, new() { MaxRedirects = 0 });
                var contentType = probe.Headers.GetValueOrDefault("content-type") ?? string.Empty;
                if (probe.Status == 200 && !contentType.StartsWith("text/html", StringComparison.Ordinal))
                {
                    // A download (CSV, PDF, FHIR JSON): no markup for axe, but the page is accounted for.
                    checkedPages.TryAdd(appPage.Name, role);
                    output.WriteLine($"{role}: {address} is a download ({contentType})");
                    continue;
                }

                if (probe.Status != 200)
                {
                    output.WriteLine($"{role}: {address} → {probe.Status} {contentType}");
                    continue;
                }

                // The layout differs by role, and each role's layout is checked on its own pages; a page both
                // roles can open (e.g. Identity's) is checked once.
                if (!checkedPages.TryAdd(appPage.Name, role))
                {
                    continue;
                }

                await page.GotoAsync(address);
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    // Reduced motion turns off Bootstrap's colour transitions, so axe never measures a colour half-way.
                    await page.EmulateMediaAsync(new() { ColorScheme = scheme, ReducedMotion = ReducedMotion.Reduce });
                    var result = await page.RunAxe();
                    foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
                    {
                        problems.Add($"{role} {scheme} {address}: [{violation.Impact}] {violation.Id}: {violation.Help} at {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
                    }
                }

                await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
                output.WriteLine($"{role}: {address} checked");
            }

            await page.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        // Every page of every role, under the strict CSP: nothing it relies on was blocked.
        consoles.ForEach(c => c.AssertNoCspViolations());
        var notChecked = pages.Where(p => !checkedPages.ContainsKey(p.Name) && !NotOpenable.ContainsKey(p.Name)).Select(p => p.Name).ToList();
        Assert.True(notChecked.Count == 0, "Pages no role could open (seed data for them, or list them in NotOpenable with the reason): " + string.Join(", ", notChecked));
    }

    private async Task<(Dictionary<string, string> Values, Dictionary<string, string> Ids)> SeededValuesAsync(string patientEmail)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var patientId = await db.Users.Where(u => u.Email == patientEmail).Select(u => u.Id).SingleAsync();
        var entryId = await db.JournalEntries.Where(e => e.PatientId == patientId).Select(e => e.Id).FirstAsync();
        var metricId = await db.CustomMetrics.Where(m => m.PatientId == patientId).Select(m => m.Id).SingleAsync();
        var linkId = await db.CareLinks.Where(l => l.PatientId == patientId).Select(l => l.Id).SingleAsync();
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["date"] = "2026-11-24",
            ["patientId"] = patientId,
            // The richest of the confirmation pages: it lists the roles to choose from.
            ["change"] = "role",
        };
        var ids = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/Journal/Delete"] = entryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["/Metrics/Edit"] = metricId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["/Metrics/Remove"] = metricId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["/CareTeam/Revoke"] = linkId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["/Admin/Accounts/Details"] = patientId,
            ["/Admin/Accounts/Change"] = patientId,
            ["/Admin/Accounts/Delete"] = patientId,
        };
        return (values, ids);
    }

    /// <summary>The query strings of the links people get by email (made the way the app makes them), so those pages show their real content.</summary>
    private async Task<Dictionary<string, string>> LinkQueriesAsync(string patientEmail)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var patient = (await users.FindByEmailAsync(patientEmail))!;

        // An account invited by an admin that has not chosen a password yet.
        var invitedEmail = UserFlows.NewEmail("invited");
        var invited = new ApplicationUser { UserName = invitedEmail, Email = invitedEmail, DisplayName = "Invited", CreatedAt = app.Factory.Clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(invited)).Succeeded);
        await users.AddToRoleAsync(invited, Web.Data.Roles.Patient);
        var invitation = await users.GenerateUserTokenAsync(invited, InvitationTokenProvider.Name, InvitationTokenProvider.Purpose);

        // Registered, email not confirmed yet.
        var unconfirmedEmail = UserFlows.NewEmail("unconfirmed");
        var unconfirmed = new ApplicationUser { UserName = unconfirmedEmail, Email = unconfirmedEmail, DisplayName = "Unconfirmed", CreatedAt = app.Factory.Clock.GetUtcNow() };
        Assert.True((await users.CreateAsync(unconfirmed, UserFlows.Password)).Succeeded);
        await users.AddToRoleAsync(unconfirmed, Web.Data.Roles.Patient);
        var confirmation = Encode(await users.GenerateEmailConfirmationTokenAsync(unconfirmed));

        var reset = Encode(await users.GeneratePasswordResetTokenAsync(patient));
        var unsubscribe = scope.ServiceProvider.GetRequiredService<UnsubscribeTokens>().For(patient.Id);

        // A supporter invitation still waiting to be accepted (the page then offers to create an account).
        var supporterToken = SupporterInvitations.NewToken();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.SupporterInvitations.Add(new SupporterInvitation
        {
            PatientId = patient.Id,
            Email = UserFlows.NewEmail("invited-supporter"),
            TokenHash = SupporterInvitations.Hash(supporterToken),
            Subjects = "sitting walking",
            CreatedAt = app.Factory.Clock.GetUtcNow(),
            ExpiresAt = app.Factory.Clock.GetUtcNow().AddDays(7),
        });
        await db.SaveChangesAsync();
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["/Account/Invitation"] = $"?userId={Uri.EscapeDataString(invited.Id)}&code={Uri.EscapeDataString(invitation)}",
            ["/Reminders/Unsubscribe"] = $"?token={Uri.EscapeDataString(unsubscribe)}",
            ["/Supporting/Accept"] = $"?token={supporterToken}",
            ["Identity/Account/ConfirmEmail"] = $"?userId={Uri.EscapeDataString(unconfirmed.Id)}&code={confirmation}",
            ["Identity/Account/RegisterConfirmation"] = $"?email={Uri.EscapeDataString(unconfirmedEmail)}",
            ["Identity/Account/ResetPassword"] = $"?userId={Uri.EscapeDataString(patient.Id)}&code={reset}",
        };
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));
}
