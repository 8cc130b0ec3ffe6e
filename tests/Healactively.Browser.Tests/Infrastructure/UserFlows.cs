using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Healactively.Browser.Tests.Infrastructure;

/// <summary>What people do in the browser, through the real pages, the way they would do it.</summary>
public static class UserFlows
{
    public const string Password = "a calm and long test password";

    public static string NewEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.test";

    /// <summary>Registers a patient with the real form; ends on their home page.</summary>
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
        await page.WaitForURLAsync("**/Home");
        return email;
    }

    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Identity/Account/Login", StringComparison.Ordinal));
    }

    /// <summary>Creates a confirmed clinician (as an operator would) and signs them in with the real form.</summary>
    public static async Task<(string Email, string UserId)> SignInClinicianAsync(IServiceProvider services, IPage page, string name = "Dr. Test")
    {
        var email = NewEmail("clinician");
        using (var scope = services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            await users.AddToRoleAsync(user, Web.Identity.Roles.Clinician);
        }

        await SignInAsync(page, email);
        using var lookup = services.CreateScope();
        var id = (await lookup.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!.Id;
        return (email, id);
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

        await page.GetByLabel("What felt easier today?").FillAsync("Putting my socks on");
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
}
