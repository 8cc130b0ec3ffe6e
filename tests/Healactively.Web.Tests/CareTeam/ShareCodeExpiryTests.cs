using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.CareTeam;

/// <summary>A code expires 7 days after it was created (its own factory, because the test moves the clock).</summary>
public sealed class ShareCodeExpiryTests
{
    [Fact]
    public async Task An_expired_code_is_refused_with_its_expiry_and_links_nothing()
    {
        using var factory = new HealactivelyFactory();
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var code = await CareTeamSteps.CreateCodeAsync(patient);

        factory.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        await SignInAgainAsync(factory, patient, email, clinician.Client, clinician.Email);
        var refused = await CareTeamSteps.RedeemAsync(clinician.Client, code);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("This code expired on 2 December 2026 at 12:00 UTC; ask your patient for a new one.", refused.ValidationMessageFor("Input.Code"));
        Assert.Empty(CareTeamSteps.Links(factory, Accounts.UserId(factory, email)));
        Assert.Null((await HtmlPage.GetOkAsync(patient, "/CareTeam")).Find("#open-codes"));
    }

    [Fact]
    public async Task A_code_still_links_a_minute_before_it_expires()
    {
        using var factory = new HealactivelyFactory();
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var code = await CareTeamSteps.CreateCodeAsync(patient);

        factory.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        await SignInAgainAsync(factory, patient, email, clinician.Client, clinician.Email);
        var linked = await CareTeamSteps.RedeemAsync(clinician.Client, code);

        Assert.Equal(HttpStatusCode.Redirect, linked.Status);
        Assert.Single(CareTeamSteps.Links(factory, Accounts.UserId(factory, email)));
    }

    /// <summary>Days later both sessions have long ended (30 idle minutes, 12 hours at most): people sign in again.</summary>
    private static async Task SignInAgainAsync(HealactivelyFactory factory, HttpClient patient, string patientEmail, HttpClient clinician, string clinicianEmail)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(patient, patientEmail)).Status);
        await Accounts.SignInStaffAgainAsync(factory, clinician, clinicianEmail);
    }
}
