using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.CareTeam;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.AppWide;

/// <summary>
/// A marker string goes into every text field a person can fill and a known password is used, through a full
/// flow at Debug level; neither may appear in any log event. The logs must still name the user by id.
/// </summary>
public sealed class LogPrivacyTests
{
    private const string Marker = "Zq9MARKERxy";
    private const string Password = "Zq9PASSWORDxy correct horse";

    private static HealactivelyFactory DebugLevelFactory() => new()
    {
        Settings = new Dictionary<string, string>
        {
            ["Serilog:MinimumLevel:Default"] = "Debug",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Debug",
            ["Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore"] = "Debug",
        },
    };

    [Fact]
    public async Task No_log_event_holds_what_a_person_typed_or_their_password()
    {
        using var factory = DebugLevelFactory();
        var patient = factory.CreateBrowser();
        var email = $"{Marker.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test";
        var register = await HtmlPage.GetOkAsync(patient, "/Identity/Account/Register");
        var registered = await register.SubmitAsync(patient, "#register-form", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = $"Name {Marker}",
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
            ["Input.TimeZoneId"] = "Pacific/Auckland",
            ["Input.DistanceUnit"] = "Miles",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(patient, email, Password)).Status);
        var patientId = Accounts.UserId(factory, email);

        await Steps.JournalAsync(patient, Marker);
        await Steps.CustomMetricAsync(patient, Marker);
        await Steps.ProfileAsync(patient, Marker);
        await Steps.ImportAsync(patient, Marker);
        (await patient.GetAsync("/Journal/Export")).EnsureSuccessStatusCode();
        (await patient.GetAsync("/Wins/Export")).EnsureSuccessStatusCode();

        var (clinician, _, _) = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var code = await CareTeamSteps.CreateCodeAsync(patient);
        Assert.Equal(HttpStatusCode.Redirect, (await CareTeamSteps.RedeemAsync(clinician, code)).Status);
        await Steps.ClinicianReadsAsync(clinician, patientId, Marker);

        var stranger = factory.CreateBrowser();
        Assert.Equal(HttpStatusCode.OK, (await Accounts.SignInAsync(stranger, email, Password + Marker)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(stranger, email, Password)).Status);

        var lines = factory.Logs.Lines();
        Assert.Contains(lines, l => l.Contains(patientId, StringComparison.Ordinal));
        foreach (var secret in new[] { Marker, Password, email })
        {
            var leaks = lines.Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(leaks.Count == 0, $"'{secret}' was logged:\n{string.Join('\n', leaks.Take(5))}");
        }
    }
}
