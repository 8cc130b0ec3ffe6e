using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Infrastructure;

/// <summary>Creates and signs in accounts through the real Identity pages.</summary>
public static class Accounts
{
    public const string Password = "a calm and long test password";

    public static string NewEmail(string who = "patient") => $"{who}-{Guid.NewGuid():N}@example.test";

    /// <summary>Registers a patient with the real form, signs in (registration never does), and returns the signed-in client.</summary>
    public static async Task<(HttpClient Client, string Email)> RegisterPatientAsync(HealactivelyFactory factory, string zone = "Europe/London", string unit = "Kilometres", string name = "Sam", HttpClient? browser = null)
    {
        var client = browser ?? factory.CreateBrowser();
        var email = NewEmail();
        var page = await HtmlPage.GetOkAsync(client, "/Identity/Account/Register");
        var result = await page.SubmitAsync(client, "#register-form", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
            ["Input.TimeZoneId"] = zone,
            ["Input.DistanceUnit"] = unit,
        });
        Assert.True(result.Status == HttpStatusCode.Redirect, $"Registration failed: {result.Text}");
        Assert.Equal("/Identity/Account/RegisterConfirmation", result.Response.Headers.Location!.OriginalString);
        var signedIn = await SignInAsync(client, email);
        Assert.True(signedIn.Status == HttpStatusCode.Redirect, $"Signing in after registration failed: {signedIn.Text}");
        return (client, email);
    }

    public static string UserId(HealactivelyFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.Users.Single(u => u.Email == email).Id;
    }

    /// <summary>
    /// Creates a confirmed clinician or admin with an authenticator app enrolled (as an operator, then the user, would),
    /// and signs them in with the real password and two-factor forms.
    /// </summary>
    public static async Task<(HttpClient Client, string Email, string UserId)> SignInStaffAsync(HealactivelyFactory factory, string role, string displayName = "Dr. Test")
    {
        var (email, userId) = await CreateStaffAsync(factory, role, displayName, withTwoFactor: true);
        var client = factory.CreateBrowser();
        await TwoFactorSteps.CompleteSignInAsync(factory, client, email, await SignInAsync(client, email));
        return (client, email, userId);
    }

    /// <summary>Signs an enrolled clinician or admin in again on the same client (e.g. after their session ended): password, then a fresh code.</summary>
    public static async Task SignInStaffAgainAsync(HealactivelyFactory factory, HttpClient client, string email) =>
        await TwoFactorSteps.CompleteSignInAsync(factory, client, email, await SignInAsync(client, email));

    /// <summary>Creates a confirmed clinician or admin directly (as the operator command does), optionally with an authenticator app enrolled.</summary>
    public static async Task<(string Email, string UserId)> CreateStaffAsync(HealactivelyFactory factory, string role, string displayName = "Dr. Test", bool withTwoFactor = false)
    {
        var email = NewEmail(role.ToLowerInvariant());
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, role);
        if (withTwoFactor)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return (email, user.Id);
    }

    /// <summary>Links a patient and a clinician directly in the database (for tests not about consent itself).</summary>
    public static async Task LinkAsync(HealactivelyFactory factory, string patientId, string clinicianId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.CareLinks.Add(new CareLink { PatientId = patientId, ClinicianId = clinicianId, CreatedAt = factory.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
    }

    public static async Task<HtmlPage> SignInAsync(HttpClient client, string email, string password = Password)
    {
        var page = await HtmlPage.GetOkAsync(client, "/Identity/Account/Login");
        return await page.SubmitAsync(client, "#account", new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }
}
