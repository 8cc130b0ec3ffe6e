using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Journal;

/// <summary>Patient pages are the patient's own: a clinician (with no link) and an admin get 403, and see no journal.</summary>
public sealed class StaffCannotReadJournalsTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    public static TheoryData<string, string> PatientPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in new[] { Roles.Clinician, Roles.Admin })
        {
            foreach (var url in new[] { "/Home", "/Journal", "/Journal/Entry", "/Journal/Entry/2026-11-20", "/Journal/Delete/1", "/Journal/Import", "/Journal/Export", "/Wins", "/Wins/Export", "/Progress", "/Metrics", "/Profile" })
            {
                data.Add(role, url);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PatientPages))]
    public async Task Staff_get_403_on_every_patient_page(string role, string url)
    {
        var client = await SignInStaffAsync(role);
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not for your account", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Clinician", "/Clinician")]
    [InlineData("Admin", "/Admin")]
    public async Task Staff_land_on_their_own_area(string role, string landing)
    {
        var client = await SignInStaffAsync(role);
        var start = await HtmlPage.GetOkAsync(client, "/");
        Assert.Equal(landing, start.Url.AbsolutePath);
        if (role == Roles.Admin)
        {
            Assert.NotNull(start.Find("#account-search"));
        }
        else
        {
            Assert.Null(start.Find("#staff-note"));
            Assert.NotNull(start.Find("#no-patients"));
        }
    }

    [Fact]
    public async Task A_staff_post_to_a_patient_form_saves_nothing()
    {
        var (patient, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(patient, "2026-11-20", JournalForms.Values(("Pain", "5")));
        var entry = Assert.Single(JournalTestData.Entries(factory, email));

        var clinician = await SignInStaffAsync(Roles.Clinician);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Pain"] = "1" });
        var response = await clinician.PostAsync($"/Journal/Delete/{entry.Id}", content);

        Assert.True((int)response.StatusCode is 400 or 403, $"answered {(int)response.StatusCode}");
        Assert.Equal(5, Assert.Single(JournalTestData.Entries(factory, email)).Pain);
    }

    private async Task<HttpClient> SignInStaffAsync(string role) => (await Accounts.SignInStaffAsync(factory, role)).Client;
}
