using System.Net;
using Healactively.Web.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Infrastructure;

/// <summary>Creates and signs in accounts through the real Identity pages.</summary>
public static class Accounts
{
    public const string Password = "a calm and long test password";

    public static string NewEmail(string who = "patient") => $"{who}-{Guid.NewGuid():N}@example.test";

    /// <summary>Registers a patient with the real form and returns a client signed in as them.</summary>
    public static async Task<(HttpClient Client, string Email)> RegisterPatientAsync(HealactivelyFactory factory, string zone = "Europe/London", string unit = "Kilometres", string name = "Sam")
    {
        var client = factory.CreateBrowser();
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
        return (client, email);
    }

    public static string UserId(HealactivelyFactory factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.Users.Single(u => u.Email == email).Id;
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
