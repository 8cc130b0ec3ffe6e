using System.Net;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Journal;

/// <summary>A form posted many times at once (double clicks, a flaky connection retrying) saves once.</summary>
public sealed class RepeatedSubmitTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Theory]
    [InlineData("2026-11-25")] // a new day: the ten posts race to create it
    [InlineData("2026-11-20")] // an existing day: the ten posts carry the same version
    public async Task The_same_form_posted_ten_times_at_once_saves_one_entry_and_answers_each_post_like_the_first(string date)
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        if (date == "2026-11-20")
        {
            Assert.Equal(HttpStatusCode.Redirect, (await JournalForms.SaveAsync(client, date, JournalForms.Values(("Pain", "6")))).Status);
        }

        var before = JournalTestData.Entries(factory, email).SingleOrDefault()?.Version ?? 0;
        var form = await HtmlPage.GetOkAsync(client, $"/Journal/Entry/{date}");
        Assert.False(string.IsNullOrEmpty(form.Find("#entry-form input[name='FormKey']")?.GetAttribute("value")));

        var values = JournalForms.Values(("Pain", "3"), ("SittingMinutes", "40"), ("EasierToday", "Tying shoes"));
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => form.SubmitAsync(client, "#entry-form", values))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.Status));
        Assert.Single(answers.Select(a => a.Response.Headers.Location!.ToString()).Distinct(StringComparer.Ordinal));
        Assert.Equal($"/Journal/Entry/{date}?saved=True", answers[0].Response.Headers.Location!.ToString());

        var entry = Assert.Single(JournalTestData.Entries(factory, email));
        Assert.Equal(before + 1, entry.Version);
        Assert.Equal(3, entry.Pain);
        Assert.Equal(40, entry.SittingMinutes);
        Assert.Equal("Tying shoes", entry.EasierToday);

        var shown = await HtmlPage.FollowAsync(client, answers[^1]);
        Assert.NotNull(shown.Find("#saved-summary"));
    }

    [Fact]
    public async Task A_form_opened_again_after_saving_is_a_new_submission()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var first = await JournalForms.SaveAsync(client, "2026-11-24", JournalForms.Values(("Pain", "5")));
        var second = await JournalForms.SaveAsync(client, "2026-11-24", JournalForms.Values(("Pain", "2")));

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.Redirect, second.Status);
        var entry = Assert.Single(JournalTestData.Entries(factory, email));
        Assert.Equal(2, entry.Pain);
        Assert.Equal(2, entry.Version);
    }
}
