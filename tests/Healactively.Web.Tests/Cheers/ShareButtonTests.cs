using Healactively.Web.Tests.Clinician;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Cheers;

/// <summary>
/// The patient's own "Share" button on every moment card of their pages: rendered hidden (the script reveals it, so
/// without JavaScript it is not shown), carrying the card's sentence as text only; never on a clinician's view.
/// </summary>
public sealed class ShareButtonTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Theory]
    [InlineData("/Home")]
    [InlineData("/Wins")]
    [InlineData("/Wins/Week?week=2026-W47")]
    public async Task Every_moment_on_a_patient_page_has_a_hidden_share_button_with_text_only(string url)
    {
        var setup = await TimelineJournal.CreateAsync(factory);

        var page = await HtmlPage.GetOkAsync(setup.Patient, url);

        var cards = page.FindAll(".moment-card");
        Assert.NotEmpty(cards);
        foreach (var card in cards)
        {
            var button = Assert.Single(card.QuerySelectorAll("button.moment-share"));
            Assert.True(button.HasAttribute("hidden"), $"The share button on {url} must start hidden.");
            Assert.Equal("button", button.GetAttribute("type"));
            var text = button.GetAttribute("data-share-text")!;
            Assert.StartsWith(card.QuerySelector(".moment-headline")!.TextContent.Trim(), text, StringComparison.Ordinal);
            Assert.DoesNotContain("http", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(setup.PatientId, text, StringComparison.Ordinal);
            Assert.NotNull(card.QuerySelector(".moment-share-status[aria-live='polite']"));
        }

        Assert.Contains(page.FindAll("script[src]"), s => s.GetAttribute("src")!.Contains("share-moment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_share_text_of_a_moment_has_its_numbers()
    {
        var setup = await TimelineJournal.CreateAsync(factory);

        var wins = await HtmlPage.GetOkAsync(setup.Patient, "/Wins");

        var card = wins.Find(".moment-card[data-moment-date='2026-11-22'][data-moment-subject='sitting_minutes']")!;
        var text = card.QuerySelector("button.moment-share")!.GetAttribute("data-share-text")!;
        Assert.Contains(card.QuerySelector(".win-numbers")!.TextContent.Trim(), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clinician_timeline_has_no_share_button()
    {
        var setup = await TimelineJournal.CreateAsync(factory);

        var timeline = await HtmlPage.GetOkAsync(setup.Clinician, setup.Timeline);

        Assert.NotEmpty(timeline.FindAll(".timeline-win"));
        Assert.Empty(timeline.FindAll(".moment-share"));
        Assert.DoesNotContain(timeline.FindAll("script[src]"), s => s.GetAttribute("src")!.Contains("share-moment", StringComparison.Ordinal));
    }
}
