using System.Net;
using Healactively.Domain.Journal;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Journal;

public sealed class JournalEntryTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    // The factory's clock: 2026-11-25 12:00 UTC, so today in London is 2026-11-25.
    private const string Today = "2026-11-25";

    [Fact]
    public async Task A_new_patient_journals_today_and_sees_it_in_the_history()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);

        var home = await HtmlPage.GetOkAsync(client, "/");
        Assert.Contains("Journal today", home.Text, StringComparison.Ordinal);

        var today = await HtmlPage.GetOkAsync(client, "/Journal/Entry");
        Assert.Contains("Today", today.Find("h1")!.TextContent, StringComparison.Ordinal);
        var saved = await today.SubmitAsync(client, "#entry-form", JournalForms.Values(
            ("Pain", "4"), ("SittingMinutes", "35"), ("Walking", "1.5"), ("SleptThroughNight", "true"),
            ("EasierToday", "Putting on socks"), ("Triggers", "long drive"), ("Helped", "walk, heat pack")));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var afterSave = await HtmlPage.FollowAsync(client, saved);
        Assert.NotNull(afterSave.Find("#saved-summary"));

        var entry = Assert.Single(JournalTestData.Entries(factory, email));
        Assert.Equal(new DateOnly(2026, 11, 25), entry.Date);
        Assert.Equal(4, entry.Pain);
        Assert.Equal(35, entry.SittingMinutes);
        Assert.Equal(1500, entry.WalkingMeters);
        Assert.Equal(FunctionalWins.SleptThroughNight, entry.FunctionalWins);
        Assert.Equal("Putting on socks", entry.EasierToday);
        Assert.Equal("walk; heat pack", entry.Helped);

        var history = await HtmlPage.GetOkAsync(client, "/Journal");
        Assert.NotNull(history.Find($"[data-entry-date='{Today}']"));
        Assert.Contains("has-entry", history.Find($"#calendar td[data-date='{Today}']")!.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_fields_are_stored_as_not_recorded_never_as_zero()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, Today, JournalForms.Values(("Pain", "3")));

        var entry = Assert.Single(JournalTestData.Entries(factory, email));
        Assert.Equal(3, entry.Pain);
        Assert.Null(entry.SittingMinutes);
        Assert.Null(entry.WalkingMeters);
        Assert.Null(entry.EasierToday);

        var form = await HtmlPage.GetOkAsync(client, $"/Journal/Entry/{Today}");
        Assert.Equal(string.Empty, form.Find("#Input_SittingMinutes")!.GetAttribute("value") ?? string.Empty);
    }

    [Fact]
    public async Task Yesterday_is_edited_and_last_week_back_filled()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-24", JournalForms.Values(("Pain", "6"), ("SittingMinutes", "20")));
        var edited = await JournalForms.SaveAsync(client, "2026-11-24", JournalForms.Values(("Pain", "5")));
        Assert.Equal(HttpStatusCode.Redirect, edited.Status);
        await JournalForms.SaveAsync(client, "2026-11-18", JournalForms.Values(("SittingMinutes", "15")));

        var entries = JournalTestData.Entries(factory, email);
        Assert.Equal([new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 24)], entries.Select(e => e.Date));
        var yesterday = entries[1];
        Assert.Equal(5, yesterday.Pain);
        Assert.Equal(20, yesterday.SittingMinutes);
        Assert.Equal(2, yesterday.Version);
    }

    [Fact]
    public async Task Deleting_asks_first_and_then_removes_the_day()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-20", JournalForms.Values(("Pain", "5")));
        var entry = Assert.Single(JournalTestData.Entries(factory, email));

        var editPage = await HtmlPage.GetOkAsync(client, "/Journal/Entry/2026-11-20");
        Assert.Equal($"/Journal/Delete/{entry.Id}", editPage.Find("#delete-entry")!.GetAttribute("href"));

        var confirm = await HtmlPage.GetOkAsync(client, $"/Journal/Delete/{entry.Id}");
        Assert.Contains("cannot be undone", confirm.Text, StringComparison.Ordinal);
        Assert.Single(JournalTestData.Entries(factory, email));

        var deleted = await confirm.SubmitAsync(client, "#delete-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Empty(JournalTestData.Entries(factory, email));
        var history = await HtmlPage.FollowAsync(client, deleted);
        Assert.Contains("was deleted", history.Text, StringComparison.Ordinal);
        Assert.NotNull(history.Find("#empty-journal"));
    }

    [Fact]
    public async Task A_delete_confirmed_after_the_day_changed_in_another_window_is_refused_and_shows_the_day_as_it_is()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-20", JournalForms.Values(("Pain", "5")));
        var entry = Assert.Single(JournalTestData.Entries(factory, email));
        var confirm = await HtmlPage.GetOkAsync(client, $"/Journal/Delete/{entry.Id}");

        // Another window saves the day after this confirmation was opened.
        await JournalForms.SaveAsync(client, "2026-11-20", JournalForms.Values(("Pain", "2"), ("SittingMinutes", "45")));
        var refused = await confirm.SubmitAsync(client, "#delete-form", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("changed after you opened this page", refused.Find("#delete-problem")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("45", refused.Text, StringComparison.Ordinal);
        var kept = Assert.Single(JournalTestData.Entries(factory, email));
        Assert.Equal((2, 45), (kept.Pain, kept.SittingMinutes));

        // The refusal shows the day as it is now; confirming from there deletes it.
        var deleted = await refused.SubmitAsync(client, "#delete-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Empty(JournalTestData.Entries(factory, email));
    }

    [Fact]
    public async Task A_delete_posted_with_a_version_that_is_not_a_number_deletes_nothing()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-20", JournalForms.Values(("Pain", "5")));
        var entry = Assert.Single(JournalTestData.Entries(factory, email));
        var confirm = await HtmlPage.GetOkAsync(client, $"/Journal/Delete/{entry.Id}");

        var refused = await confirm.SubmitAsync(client, "#delete-form", new Dictionary<string, string?> { ["Version"] = "one" });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.Find("#delete-problem"));
        Assert.Single(JournalTestData.Entries(factory, email));
    }

    [Fact]
    public async Task A_future_date_is_refused_and_nothing_is_saved()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var future = await HtmlPage.GetOkAsync(client, "/Journal/Entry/2026-11-26");
        Assert.NotNull(future.Find("#future-date"));
        Assert.Null(future.Find("#entry-form"));

        // A form posted to a future date (e.g. a tampered URL) is refused.
        var today = await HtmlPage.GetOkAsync(client, $"/Journal/Entry/{Today}");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = today.Find("#entry-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Input.Pain"] = "3",
        });
        var response = await client.PostAsync("/Journal/Entry/2026-12-01", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(JournalTestData.Entries(factory, email));
    }

    [Theory]
    [InlineData("Pain", "11", "Pain is a whole number from 0")]
    [InlineData("Pain", "-1", "Pain is a whole number from 0")]
    [InlineData("Pain", "a lot", "Enter a number for Pain")]
    [InlineData("SittingMinutes", "1441", "from 0 to 1440")]
    [InlineData("SittingMinutes", "-5", "from 0 to 1440")]
    [InlineData("SittingMinutes", "forty", "Enter a number for Longest comfortable sitting")]
    [InlineData("SittingMinutes", "99999999999999", "Enter a number for Longest comfortable sitting")]
    [InlineData("Walking", "100.5", "Longest walk is from 0 to 100 km")]
    [InlineData("Walking", "far", "Enter a number for Longest walk")]
    [InlineData("EasierToday", "LONG", "2000 characters or fewer")]
    [InlineData("Triggers", "LONGTAG", "at most 40 characters")]
    [InlineData("Helped", "MANYTAGS", "at most 20 tags")]
    public async Task An_invalid_value_gets_a_message_beside_its_field_and_saves_nothing(string field, string value, string message)
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var typed = value switch
        {
            "LONG" => new string('x', 2001),
            "LONGTAG" => new string('t', 41),
            "MANYTAGS" => string.Join(", ", Enumerable.Range(1, 21).Select(i => $"tag{i}")),
            _ => value,
        };

        var result = await JournalForms.SaveAsync(client, Today, JournalForms.Values((field, typed), ("SleptThroughNight", "true")));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains(message, result.ValidationMessageFor($"Input.{field}"), StringComparison.Ordinal);
        Assert.Empty(JournalTestData.Entries(factory, email));
    }

    [Theory]
    [InlineData("Input.Version", "not-a-version")]
    [InlineData("Input.Version", "-3")]
    [InlineData("Input.Custom[0].Key", "someone_elses_metric")]
    public async Task A_tampered_hidden_field_is_refused_and_saves_nothing(string field, string value)
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var result = await JournalForms.SaveAsync(client, Today, new Dictionary<string, string?> { ["Input.Pain"] = "2", [field] = value });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Contains("nothing was saved", result.Find(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(JournalTestData.Entries(factory, email));
    }

    [Fact]
    public async Task A_form_opened_before_another_save_of_the_day_does_not_overwrite_it()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, Today, JournalForms.Values(("Pain", "5")));
        var firstTab = await HtmlPage.GetOkAsync(client, $"/Journal/Entry/{Today}");
        var secondTab = await HtmlPage.GetOkAsync(client, $"/Journal/Entry/{Today}");

        await firstTab.SubmitAsync(client, "#entry-form", JournalForms.Values(("Pain", "4")));
        var conflict = await secondTab.SubmitAsync(client, "#entry-form", JournalForms.Values(("Pain", "7")));

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains("saved in another window", conflict.Text, StringComparison.Ordinal);
        Assert.NotNull(conflict.Find("#conflict-saved-version"));
        Assert.Equal(4, Assert.Single(JournalTestData.Entries(factory, email)).Pain);

        // Saving again from the conflict page keeps the patient's version deliberately.
        var resaved = await conflict.SubmitAsync(client, "#entry-form", JournalForms.Values(("Pain", "7")));
        Assert.Equal(HttpStatusCode.Redirect, resaved.Status);
        Assert.Equal(7, Assert.Single(JournalTestData.Entries(factory, email)).Pain);
    }
}
