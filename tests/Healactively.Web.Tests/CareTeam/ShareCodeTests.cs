using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Features.Care;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.CareTeam;

/// <summary>
/// Consent by share code: a patient's code links the clinician who types it, once; expired, reused and
/// mistyped codes are refused with a clear message and link nothing; admins can do neither side.
/// </summary>
public sealed class ShareCodeTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task A_clinician_who_types_the_patients_code_is_linked_and_the_patient_sees_them()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory, name: "Robin");
        var patientId = Accounts.UserId(factory, email);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician, "Dr. Okafor");

        var code = await CareTeamSteps.CreateCodeAsync(patient);
        var linked = await CareTeamSteps.RedeemAsync(clinician.Client, code);

        Assert.Equal(HttpStatusCode.Redirect, linked.Status);
        Assert.Equal("/Clinician", linked.Response.Headers.Location!.OriginalString);
        var home = await HtmlPage.FollowAsync(clinician.Client, linked);
        Assert.Contains("You are now linked.", home.Text, StringComparison.Ordinal);
        Assert.Equal("Robin", JournalDays.TextOf(Assert.Single(home.FindAll(".triage-name"))));

        var link = Assert.Single(CareTeamSteps.Links(factory, patientId));
        Assert.Equal(clinician.UserId, link.ClinicianId);
        Assert.Null(link.RevokedAt);
        Assert.Equal(factory.Clock.GetUtcNow(), link.CreatedAt);

        var careTeam = await HtmlPage.GetOkAsync(patient, "/CareTeam");
        Assert.Equal("Dr. Okafor", JournalDays.TextOf(Assert.Single(careTeam.FindAll(".member-name"))));
        Assert.Null(careTeam.Find("#share-code"));
        Assert.Null(careTeam.Find("#open-codes"));
    }

    [Fact]
    public async Task Only_the_hash_is_stored_with_a_seven_day_expiry_and_the_code_is_shown_once()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var code = await CareTeamSteps.CreateCodeAsync(patient);

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var patientId = Accounts.UserId(factory, email);
            var stored = Assert.Single(db.ShareCodes.AsNoTracking().Where(c => c.PatientId == patientId).ToList());
            Assert.Equal(ShareCodes.Hash(code.Replace("-", string.Empty, StringComparison.Ordinal)), stored.CodeHash);
            Assert.DoesNotContain(code.Replace("-", string.Empty, StringComparison.Ordinal), stored.CodeHash, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(factory.Clock.GetUtcNow().AddDays(7), stored.ExpiresAt);
            Assert.Null(stored.UsedAt);
        }

        var again = await HtmlPage.GetOkAsync(patient, "/CareTeam");
        Assert.DoesNotContain(code, again.Html, StringComparison.Ordinal);
        Assert.Equal("You have 1 unused code that can still be used. Cancel unused codes", JournalDays.TextOf(again.Find("#cancel-codes-form")));
    }

    [Fact]
    public async Task A_code_typed_in_lower_case_with_spaces_links()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var code = await CareTeamSteps.CreateCodeAsync(patient);

        var typed = " " + code[..2].ToLowerInvariant() + " " + code[2..4] + code[5..].ToLowerInvariant() + " ";
        var linked = await CareTeamSteps.RedeemAsync(clinician.Client, typed);

        Assert.Equal(HttpStatusCode.Redirect, linked.Status);
        Assert.Equal(clinician.UserId, Assert.Single(CareTeamSteps.Links(factory, Accounts.UserId(factory, email))).ClinicianId);
    }

    [Fact]
    public async Task The_same_code_again_is_refused_as_used_and_links_nobody_else()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var first = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var second = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var code = await CareTeamSteps.CreateCodeAsync(patient);
        Assert.Equal(HttpStatusCode.Redirect, (await CareTeamSteps.RedeemAsync(first.Client, code)).Status);

        foreach (var client in new[] { second.Client, first.Client })
        {
            var again = await CareTeamSteps.RedeemAsync(client, code);
            Assert.Equal(HttpStatusCode.BadRequest, again.Status);
            Assert.Equal("This code has already been used.", again.ValidationMessageFor("Input.Code"));
        }

        var link = Assert.Single(CareTeamSteps.Links(factory, Accounts.UserId(factory, email)));
        Assert.Equal(first.UserId, link.ClinicianId);
        var secondHome = await HtmlPage.GetOkAsync(second.Client, "/Clinician");
        Assert.NotNull(secondHome.Find("#no-patients"));
    }

    [Theory]
    [InlineData("ABCD-2345")]
    [InlineData("ABCD-234")]
    [InlineData("ABCD-23450")]
    [InlineData("ABCD-2O45")]
    [InlineData("not a code at all")]
    public async Task A_mistyped_code_is_refused_and_links_nothing(string typed)
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await CareTeamSteps.CreateCodeAsync(patient);

        var refused = await CareTeamSteps.RedeemAsync(clinician.Client, typed);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("That code was not found. Check it with your patient; codes look like ABCD-2345.", refused.ValidationMessageFor("Input.Code"));
        Assert.Empty(CareTeamSteps.Links(factory, Accounts.UserId(factory, email)));
    }

    [Fact]
    public async Task An_empty_code_asks_for_one()
    {
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var refused = await CareTeamSteps.RedeemAsync(clinician.Client, "  ");
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Enter the share code your patient gave you.", refused.ValidationMessageFor("Input.Code"));
    }

    [Fact]
    public async Task A_second_code_for_an_already_linked_pair_makes_no_second_link()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        await CareTeamSteps.RedeemAsync(clinician.Client, await CareTeamSteps.CreateCodeAsync(patient));

        var again = await CareTeamSteps.RedeemAsync(clinician.Client, await CareTeamSteps.CreateCodeAsync(patient));

        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Contains("You are already linked with this patient.", (await HtmlPage.FollowAsync(clinician.Client, again)).Text, StringComparison.Ordinal);
        Assert.Single(CareTeamSteps.Links(factory, Accounts.UserId(factory, email)));
    }

    [Fact]
    public async Task Cancelled_codes_no_longer_link()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        var code = await CareTeamSteps.CreateCodeAsync(patient);

        var page = await HtmlPage.GetOkAsync(patient, "/CareTeam");
        Assert.Equal(HttpStatusCode.Redirect, (await page.SubmitAsync(patient, "#cancel-codes-form", new Dictionary<string, string?>())).Status);

        var refused = await CareTeamSteps.RedeemAsync(clinician.Client, code);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Empty(CareTeamSteps.Links(factory, Accounts.UserId(factory, email)));
    }

    [Theory]
    [InlineData("/CareTeam")]
    [InlineData("/CareTeam?handler=Create")]
    [InlineData("/Clinician/Link")]
    [InlineData("/Clinician")]
    public async Task An_admin_can_neither_create_nor_redeem_a_code(string url)
    {
        var admin = await Accounts.SignInStaffAsync(factory, Roles.Admin);

        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Client.GetAsync(url)).StatusCode);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Code"] = "ABCD-2345" });
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.Client.PostAsync(url, content)).StatusCode);

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.False(await db.ShareCodes.AnyAsync(c => c.PatientId == admin.UserId));
        Assert.False(await db.CareLinks.AnyAsync(l => l.ClinicianId == admin.UserId));
    }

    [Theory]
    [InlineData("/Clinician")]
    [InlineData("/Clinician/Link")]
    public async Task A_patient_cannot_redeem_a_code(string url)
    {
        var (patient, _) = await Accounts.RegisterPatientAsync(factory);
        Assert.Equal(HttpStatusCode.Forbidden, (await patient.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_clinician_cannot_create_a_code()
    {
        var clinician = await Accounts.SignInStaffAsync(factory, Roles.Clinician);
        Assert.Equal(HttpStatusCode.Forbidden, (await clinician.Client.GetAsync("/CareTeam")).StatusCode);
    }
}
