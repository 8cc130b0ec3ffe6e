using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Journal;

public sealed class RegistrationTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task Registration_creates_a_patient_with_the_chosen_zone_and_unit()
    {
        var (_, email) = await Accounts.RegisterPatientAsync(factory, zone: "Asia/Tokyo", unit: "Miles", name: "Aiko");

        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Data.Entities.ApplicationUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        Assert.Equal("Asia/Tokyo", user.TimeZoneId);
        Assert.Equal(Domain.Journal.DistanceUnit.Miles, user.DistanceUnit);
        Assert.Equal("Aiko", user.DisplayName);
        Assert.Equal([Roles.Patient], await users.GetRolesAsync(user));
    }

    [Theory]
    [InlineData("Input.TimeZoneId", "Mars/Olympus_Mons", "not a time zone we know")]
    [InlineData("Input.TimeZoneId", "", "Choose your time zone")]
    [InlineData("Input.Password", "short", "at least 12 characters")]
    [InlineData("Input.Email", "not-an-email", "Enter an email address")]
    [InlineData("Input.DisplayName", "", "Tell us what to call you")]
    [InlineData("Input.DistanceUnit", "Furlongs", "Choose kilometres or miles")]
    public async Task Bad_registration_input_is_refused_beside_the_field(string field, string value, string message)
    {
        var client = factory.CreateBrowser();
        var email = Accounts.NewEmail();
        var page = await HtmlPage.GetOkAsync(client, "/Identity/Account/Register");
        var values = new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = "Sam",
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
            ["Input.TimeZoneId"] = "Europe/Paris",
            ["Input.DistanceUnit"] = "Kilometres",
        };
        values[field] = value;
        if (field == "Input.Password")
        {
            values["Input.ConfirmPassword"] = value;
        }

        var result = await page.SubmitAsync(client, "#register-form", values);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(message, result.ValidationMessageFor(field), StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        Assert.DoesNotContain(scope.ServiceProvider.GetRequiredService<AppDbContext>().Users, u => u.Email == email);
    }
}
