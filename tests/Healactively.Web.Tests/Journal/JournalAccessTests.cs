using System.Net;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Journal;

/// <summary>A patient reaches only their own journal; visitors are sent to sign in.</summary>
public sealed class JournalAccessTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Theory]
    [InlineData("/Home")]
    [InlineData("/Journal")]
    [InlineData("/Journal/Entry")]
    [InlineData("/Journal/Entry/2026-11-20")]
    [InlineData("/Journal/Delete/1")]
    [InlineData("/Profile")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        var response = await factory.CreateBrowser().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Identity/Account/Login")]
    [InlineData("/Identity/Account/Register")]
    [InlineData("/Identity/Account/ForgotPassword")]
    public async Task The_landing_sign_in_registration_and_reset_pages_are_open(string url)
    {
        var response = await factory.CreateBrowser().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/js/timezone-default.js", "text/javascript")]
    [InlineData("/lib/bootstrap/dist/css/bootstrap.min.css", "text/css")]
    public async Task Signed_out_visitors_get_the_styles_and_scripts_of_the_open_pages(string url, string contentType)
    {
        var response = await factory.CreateBrowser().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Another_patient_gets_404_for_an_entry_that_is_not_theirs_and_it_stays()
    {
        var (owner, ownerEmail) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(owner, "2026-11-20", JournalForms.Values(("Pain", "5"), ("EasierToday", "owner's private note")));
        var entry = Assert.Single(JournalTestData.Entries(factory, ownerEmail));
        var (other, _) = await Accounts.RegisterPatientAsync(factory);

        var view = await other.GetAsync($"/Journal/Delete/{entry.Id}");
        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);

        // Posting with the other patient's own valid antiforgery token still finds nothing.
        var ownForm = await HtmlPage.GetOkAsync(other, "/Journal/Entry");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ownForm.Find("#entry-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        });
        var delete = await other.PostAsync($"/Journal/Delete/{entry.Id}", content);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Single(JournalTestData.Entries(factory, ownerEmail));

        // The same date in the other patient's journal is their own, empty day.
        var sameDate = await HtmlPage.GetOkAsync(other, "/Journal/Entry/2026-11-20");
        Assert.DoesNotContain("owner's private note", sameDate.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Journal/Entry/2026-13-45")]
    [InlineData("/Journal/Entry/yesterday")]
    [InlineData("/Journal/Entry/99999-01-01")]
    [InlineData("/Journal/Entry/0001-01-01")]
    [InlineData("/Journal/Entry/1899-12-31")]
    [InlineData("/Journal/Delete/999999999")]
    [InlineData("/Journal?page=-4&month=garbage")]
    [InlineData("/Journal?page=99999999999")]
    public async Task Odd_urls_never_produce_a_server_error(string url)
    {
        var (client, _) = await Accounts.RegisterPatientAsync(factory);
        var response = await client.GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
    }
}
