using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.CareTeam;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.AppWide;

/// <summary>
/// Script payloads saved in every text field a person can fill come back HTML-encoded on every page, in every
/// role, that shows them.
/// </summary>
public sealed class StoredXssTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const string Script = "<script>alert(9)</script>";
    private const string Short = "\"><svg onload=x>";

    [Fact]
    public async Task Saved_script_payloads_are_encoded_on_every_page()
    {
        var patient = factory.CreateBrowser();
        var email = Accounts.NewEmail();
        var register = await HtmlPage.GetOkAsync(patient, "/Identity/Account/Register");
        var registered = await register.SubmitAsync(patient, "#register-form", new Dictionary<string, string?>
        {
            ["Input.DisplayName"] = Script,
            ["Input.Email"] = email,
            ["Input.Password"] = Accounts.Password,
            ["Input.ConfirmPassword"] = Accounts.Password,
            ["Input.TimeZoneId"] = "Europe/London",
            ["Input.DistanceUnit"] = "Kilometres",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await Accounts.SignInAsync(patient, email)).Status);
        await Steps.JournalAsync(patient, Script);
        await JournalForms.SaveAsync(patient, AppSubjects.EntryDate, JournalForms.Values(("Pain", "4"), ("EasierToday", Script), ("Triggers", Script), ("Helped", Short)));
        await Steps.CustomMetricAsync(patient, Script, Short);
        await Steps.ImportAsync(patient, Short);
        var (clinician, _, _) = await Accounts.SignInStaffAsync(factory, Roles.Clinician, displayName: Script);
        await CareTeamSteps.RedeemAsync(clinician, await CareTeamSteps.CreateCodeAsync(patient));
        var patientId = Accounts.UserId(factory, email);
        await Steps.ClinicianReadsAsync(clinician, patientId, Script);

        var shown = 0;
        var callers = new[] { factory.CreateBrowser(), patient, clinician, (await Accounts.SignInStaffAsync(factory, Roles.Admin)).Client };
        var subjects = await AppSubjects.CreateAsync(factory);
        foreach (var template in AppEndpoints.Templates(factory))
        {
            var url = subjects.UrlFor(template).Replace(Uri.EscapeDataString(subjects.PatientId), Uri.EscapeDataString(patientId), StringComparison.Ordinal);
            foreach (var client in callers)
            {
                var response = await client.GetAsync(url);
                if (response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue;
                }

                var html = await response.Content.ReadAsStringAsync();
                Assert.DoesNotContain("<script>alert(9)", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("<svg onload=x>", html, StringComparison.OrdinalIgnoreCase);
                shown += html.Contains("&lt;script&gt;alert(9)", StringComparison.Ordinal) || html.Contains("&lt;svg onload=x&gt;", StringComparison.Ordinal) ? 1 : 0;
            }
        }

        // The payloads were really displayed (encoded) on the journal, wins, metrics, profile and clinician pages.
        Assert.True(shown >= 8, $"The payloads were shown on only {shown} pages.");
    }
}
