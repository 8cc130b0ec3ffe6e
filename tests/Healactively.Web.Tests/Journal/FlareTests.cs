using System.Net;
using Healactively.Domain.Journal;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Journal;

/// <summary>Flare-up marks form a valid sequence (spec: flare episodes); a break is refused with a clear message.</summary>
public sealed class FlareTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task An_ongoing_flare_is_shown_and_a_second_start_is_refused()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-20", JournalForms.Values(("FlareStarted", "true"), ("Pain", "7")));

        var today = await HtmlPage.GetOkAsync(client, "/Journal/Entry");
        Assert.Contains("ongoing since Friday 20 November 2026", today.Find("#ongoing-flare")!.TextContent, StringComparison.Ordinal);

        var refused = await today.SubmitAsync(client, "#entry-form", JournalForms.Values(("FlareStarted", "true"), ("Pain", "8")));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("already ongoing since 2026-11-20", refused.ValidationMessageFor("Input.FlareStarted"), StringComparison.Ordinal);
        Assert.Single(JournalTestData.Entries(factory, email));

        var ended = await JournalForms.SaveAsync(client, "2026-11-23", JournalForms.Values(("FlareOver", "true")));
        Assert.Equal(HttpStatusCode.Redirect, ended.Status);
        var afterEnd = await HtmlPage.GetOkAsync(client, "/Journal/Entry");
        Assert.Null(afterEnd.Find("#ongoing-flare"));
    }

    [Fact]
    public async Task Ending_a_flare_that_never_started_is_refused()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var refused = await JournalForms.SaveAsync(client, "2026-11-24", JournalForms.Values(("FlareOver", "true")));
        Assert.Contains("no ongoing flare-up", refused.ValidationMessageFor("Input.FlareStarted"), StringComparison.Ordinal);
        Assert.Empty(JournalTestData.Entries(factory, email));
    }

    [Fact]
    public async Task A_flare_can_start_and_end_on_the_same_day()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-24", JournalForms.Values(("FlareStarted", "true"), ("FlareOver", "true")));
        Assert.Equal(FlareMark.StartEnd, Assert.Single(JournalTestData.Entries(factory, email)).Flare);
    }

    [Fact]
    public async Task Deleting_the_start_of_a_finished_flare_is_refused_with_the_reason()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-18", JournalForms.Values(("FlareStarted", "true")));
        await JournalForms.SaveAsync(client, "2026-11-21", JournalForms.Values(("FlareOver", "true")));
        var start = JournalTestData.Entries(factory, email).First();

        var confirm = await HtmlPage.GetOkAsync(client, $"/Journal/Delete/{start.Id}");
        var refused = await confirm.SubmitAsync(client, "#delete-form", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("your record on 21 November 2026 depends on", refused.Find("#delete-problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, JournalTestData.Entries(factory, email).Count);
    }

    [Fact]
    public async Task Moving_a_flare_end_earlier_takes_two_saves_and_the_loose_mark_is_shown_in_between()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        await JournalForms.SaveAsync(client, "2026-11-10", JournalForms.Values(("FlareStarted", "true")));
        await JournalForms.SaveAsync(client, "2026-11-16", JournalForms.Values(("FlareOver", "true")));
        await JournalForms.SaveAsync(client, "2026-11-20", JournalForms.Values(("FlareStarted", "true")));

        // Mark the first flare over earlier: the old end on the 16th is now loose, and the page says so.
        var moved = await JournalForms.SaveAsync(client, "2026-11-13", JournalForms.Values(("FlareOver", "true")));
        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        var page = await HtmlPage.GetOkAsync(client, "/Journal/Entry");
        Assert.Contains("Monday 16 November 2026", page.Find("#loose-flare-marks")!.TextContent, StringComparison.Ordinal);

        // A loose mark the journal already has does not block an unrelated import.
        await JournalCsvClient.ImportOkAsync(client, "date,pain\r\n2026-11-01,4\r\n");

        // Clearing the old end fixes the record.
        var cleared = await JournalForms.SaveAsync(client, "2026-11-16", JournalForms.Values(("FlareOver", "false")));
        Assert.Equal(HttpStatusCode.Redirect, cleared.Status);
        page = await HtmlPage.GetOkAsync(client, "/Journal/Entry");
        Assert.Null(page.Find("#loose-flare-marks"));
        Assert.Equal(
            [FlareMark.None, FlareMark.Start, FlareMark.End, FlareMark.None, FlareMark.Start],
            JournalTestData.Entries(factory, email).Select(e => e.Flare));
    }
}
