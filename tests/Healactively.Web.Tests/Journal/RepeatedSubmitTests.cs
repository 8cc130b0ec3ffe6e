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

    [Fact]
    public async Task A_form_saved_again_without_a_change_writes_nothing_and_keeps_the_version_so_an_open_form_still_saves()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var values = JournalForms.Values(("Pain", "5"), ("SittingMinutes", "30"), ("Triggers", "lifting"));
        await JournalForms.SaveAsync(client, "2026-11-24", values);
        var before = Assert.Single(JournalTestData.Entries(factory, email));
        var otherWindow = await HtmlPage.GetOkAsync(client, "/Journal/Entry/2026-11-24");

        var same = await JournalForms.SaveAsync(client, "2026-11-24", values);

        Assert.Equal(HttpStatusCode.Redirect, same.Status);
        Assert.Equal("/Journal/Entry/2026-11-24?saved=True", same.Response.Headers.Location!.ToString());
        var after = Assert.Single(JournalTestData.Entries(factory, email));
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.UpdatedAt, after.UpdatedAt);

        // The form opened before the repeat is still current: nothing changed under it.
        var changed = await otherWindow.SubmitAsync(client, "#entry-form", JournalForms.Values(("Pain", "3")));
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        Assert.Equal(3, Assert.Single(JournalTestData.Entries(factory, email)).Pain);
    }

    [Fact]
    public async Task The_delete_confirmation_posted_ten_times_at_once_deletes_the_day_once_and_never_fails()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-20", JournalForms.Values(("Pain", "6"), ("SittingMinutes", "30")));
        await JournalForms.SaveAsync(client, "2026-11-21", JournalForms.Values(("Pain", "4"), ("SittingMinutes", "50")));
        var day = JournalTestData.Entries(factory, email).Single(e => e.Date == new DateOnly(2026, 11, 20));
        var confirm = await HtmlPage.GetOkAsync(client, $"/Journal/Delete/{day.Id}");

        var answers = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => Task.Run(() => confirm.SubmitAsync(client, "#delete-form", new Dictionary<string, string?>()))));

        // One post deletes the day; its twins find it gone (a 404, as for any entry that is not there), never a 500.
        Assert.Single(answers, a => a.Status == HttpStatusCode.Redirect);
        Assert.All(answers, a => Assert.True(a.Status is HttpStatusCode.Redirect or HttpStatusCode.NotFound, $"answered {a.Status}"));
        var left = Assert.Single(JournalTestData.Entries(factory, email));
        Assert.Equal(new DateOnly(2026, 11, 21), left.Date);
    }

    [Fact]
    public async Task Saving_and_deleting_one_day_at_once_either_keeps_the_save_or_deletes_the_day_and_never_fails()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-20", JournalForms.Values(("Pain", "6")));
        var day = Assert.Single(JournalTestData.Entries(factory, email));
        var edit = await HtmlPage.GetOkAsync(client, "/Journal/Entry/2026-11-20");
        var confirm = await HtmlPage.GetOkAsync(client, $"/Journal/Delete/{day.Id}");

        var saves = Enumerable.Range(0, 5).Select(_ => Task.Run(() => edit.SubmitAsync(client, "#entry-form", JournalForms.Values(("Pain", "2")))));
        var deletes = Enumerable.Range(0, 5).Select(_ => Task.Run(() => confirm.SubmitAsync(client, "#delete-form", new Dictionary<string, string?>())));
        var answers = await Task.WhenAll(saves.Concat(deletes));

        var saveAnswers = answers[..5].Select(a => a.Status).ToArray();
        var deleteAnswers = answers[5..].Select(a => a.Status).ToArray();
        // A save is kept (redirect) or refused as a conflict with the day's newer state; a delete deletes (redirect),
        // finds the day gone (404), or is refused because the day changed under it (400): never a 500.
        Assert.All(saveAnswers, s => Assert.True(s is HttpStatusCode.Redirect or HttpStatusCode.Conflict, $"save answered {s}"));
        Assert.All(deleteAnswers, s => Assert.True(s is HttpStatusCode.Redirect or HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"delete answered {s}"));
        var entries = JournalTestData.Entries(factory, email);
        if (deleteAnswers.Contains(HttpStatusCode.Redirect))
        {
            Assert.Empty(entries);
        }
        else
        {
            // The five saves post one form (one key): one saves, its twins answer with its redirect; version 2 shows
            // that exactly one change was applied.
            Assert.Contains(HttpStatusCode.Redirect, saveAnswers);
            var entry = Assert.Single(entries);
            Assert.Equal((2, 2), (entry.Pain, entry.Version));
        }
    }
}
