using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Infrastructure;

/// <summary>What people do in the browser, through the real pages, the way they would do it.</summary>
public static class UserFlows
{
    public const string Password = "a calm and long test password";

    /// <summary>The free-text question, worded "today" on today's form and "that day" on a past day's.</summary>
    public static readonly System.Text.RegularExpressions.Regex EasierLabel = new("^What felt easier (today|that day)\\?$");

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.test";

    /// <summary>Registers a patient with the real form, then signs in (registration never does); ends on their home page.</summary>
    public static async Task<string> RegisterPatientAsync(IPage page, string name = "Sam", Screenshots? shots = null)
    {
        var email = NewEmail("patient");
        await page.GotoAsync("/Identity/Account/Register");
        await page.GetByLabel("Your name").FillAsync(name);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Confirm password").FillAsync(Password);
        await page.GetByLabel("Time zone").SelectOptionAsync("Europe/London");
        await page.GetByLabel("kilometres").CheckAsync();
        if (shots is not null)
        {
            await shots.TakeAsync(page, "register");
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Create my journal" }).ClickAsync();
        await page.WaitForURLAsync("**/Identity/Account/RegisterConfirmation");
        await SignInAsync(page, email);
        await page.WaitForURLAsync("**/Home");
        return email;
    }

    public static async Task SignInAsync(IPage page, string email)
    {
        await SubmitPasswordAsync(page, email);
        await page.WaitForURLAsync(url => !url.Contains("/Identity/Account/Login", StringComparison.Ordinal));
    }

    /// <summary>Submits the sign-in form with the right password; the caller waits for the answer it expects.</summary>
    public static async Task TrySignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.Locator("#login-submit").ClickAsync();
    }

    private static async Task SubmitPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.Locator("#login-submit").ClickAsync();
    }

    /// <summary>Creates a confirmed clinician with two-factor sign-in (as an operator would) and signs them in with the real forms.</summary>
    public static Task<(string Email, string UserId)> SignInClinicianAsync(BrowserApp app, IPage page, string name = "Dr. Test") =>
        SignInStaffAsync(app, page, Web.Data.Roles.Clinician, name);

    /// <summary>
    /// Creates a confirmed account with an authenticator key (staff must use two-factor sign-in; patients may), then signs in
    /// as they would: password, then the code their authenticator app shows on the code page.
    /// </summary>
    public static async Task<(string Email, string UserId)> SignInStaffAsync(BrowserApp app, IPage page, string role, string name, Screenshots? shots = null)
    {
        var (email, id) = await StartStaffSignInAsync(app, page, role, name);
        await page.GetByLabel("Code from your authenticator app").FillAsync(await FreshCodeAsync(app, email));
        if (shots is not null)
        {
            await shots.TakeAsync(page, "two-factor-code");
        }

        await page.Locator("#two-factor-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Identity/Account/LoginWith2fa", StringComparison.Ordinal));
        return (email, id);
    }

    /// <summary>Creates a staff account with two-factor sign-in and gives its password: ends on the page asking for the code.</summary>
    public static async Task<(string Email, string UserId)> StartStaffSignInAsync(BrowserApp app, IPage page, string role, string name)
    {
        var email = NewEmail(role.ToLowerInvariant());
        string id;
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, role);
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            id = user.Id;
        }

        await SubmitPasswordAsync(page, email);
        await page.WaitForURLAsync("**/Identity/Account/LoginWith2fa**");
        return (email, id);
    }

    /// <summary>
    /// The code the user's authenticator app shows now (RFC 6238 at the app's fake clock). Codes work once, so when
    /// this step was used already the clock moves to the next step, as a user would wait for the next code.
    /// </summary>
    public static async Task<string> FreshCodeAsync(BrowserApp app, string email)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No user {email}.");
        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key.");
        var last = await users.GetAuthenticationTokenAsync(user, OneTimeAuthenticatorTokenProvider.TokenStore, OneTimeAuthenticatorTokenProvider.LastStepToken);
        var step = AuthenticatorCodes.StepAt(app.Factory.Clock.GetUtcNow());
        if (last is not null && long.Parse(last, System.Globalization.CultureInfo.InvariantCulture) >= step)
        {
            var wait = long.Parse(last, System.Globalization.CultureInfo.InvariantCulture) - step + 1;
            app.Factory.Clock.Advance(TimeSpan.FromSeconds(30 * wait));
            step += wait;
        }

        return AuthenticatorCodes.Code(key, step);
    }

    /// <summary>Journals one day with taps and typing, then waits for the saved summary.</summary>
    public static async Task JournalAsync(IPage page, string? date = null, int pain = 4, string sitting = "30", string walking = "1.5", bool sleptThrough = true)
    {
        await page.GotoAsync(date is null ? "/Journal/Entry" : $"/Journal/Entry/{date}");
        await page.Locator($"label[for=pain-{pain}]").ClickAsync();
        await page.GetByLabel("Longest comfortable sitting").FillAsync(sitting);
        await page.GetByLabel("Longest walk").FillAsync(walking);
        if (sleptThrough)
        {
            await page.GetByLabel("Slept through the night").CheckAsync();
        }

        await page.GetByLabel(EasierLabel).FillAsync("Putting my socks on");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await page.Locator("#saved-summary").WaitForAsync();
    }

    /// <summary>Creates a share code on the Care team page and returns it as shown to the patient.</summary>
    public static async Task<string> CreateShareCodeAsync(IPage page)
    {
        await page.GotoAsync("/CareTeam");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create a share code" }).ClickAsync();
        return (await page.Locator("#share-code").InnerTextAsync()).Trim();
    }

    /// <summary>A supporter account linked to the patient with the default subjects (the invitation has its own web tests).</summary>
    public static async Task<(string Email, string PatientId, long LinkId)> LinkSupporterAsync(BrowserApp app, string patientEmail, string name = "Alex")
    {
        var email = NewEmail("supporter");
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Healactively.Web.Data.Roles.Supporter)).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<Healactively.Web.Data.AppDbContext>();
        var patientId = db.Users.Single(u => u.Email == patientEmail).Id;
        var link = new SupporterLink
        {
            PatientId = patientId,
            SupporterId = user.Id,
            Name = name,
            Subjects = "sitting walking functional streak flare",
            CreatedAt = app.Factory.Clock.GetUtcNow(),
        };
        db.SupporterLinks.Add(link);
        await db.SaveChangesAsync();
        return (email, patientId, link.Id);
    }
}
