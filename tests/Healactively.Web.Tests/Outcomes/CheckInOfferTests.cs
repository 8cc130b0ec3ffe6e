using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.Outcomes;

/// <summary>
/// Home offers the weekly check-in once the patient has journaled and never checked in, or when the last check-in is
/// 7 or more of their days old (outcome-measures.md: "the app offers it when the last rating is ≥ 7 days old").
/// </summary>
public sealed class CheckInOfferTests : IDisposable
{
    // Its own app: this test moves the clock.
    private readonly HealactivelyFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Home_offers_the_check_in_after_the_first_journal_day_and_again_seven_days_after_the_last()
    {
        // 25 November 2026, 12:00 UTC: in Auckland it is already the 26th.
        var (client, email) = await Accounts.RegisterPatientAsync(_factory, zone: "Pacific/Auckland");
        Assert.Null((await HtmlPage.GetOkAsync(client, "/Home")).Find("#check-in-offer"));

        await JournalDays.SaveAsync(client, ("2026-11-26", [("Pain", "4")]));
        Assert.NotNull((await HtmlPage.GetOkAsync(client, "/Home")).Find("#check-in-offer"));

        OutcomeSteps.AssertRedirect(await OutcomeSteps.AddActivityAsync(client, "Carry the shopping upstairs"));
        var activity = Assert.Single(await OutcomeSteps.ActivitiesAsync(_factory, Accounts.UserId(_factory, email)));
        OutcomeSteps.AssertRedirect(await OutcomeSteps.CheckInAsync(client, "2026-11-26", OutcomeSteps.Answers(activity.Id, "4", "6")));
        Assert.Null((await HtmlPage.GetOkAsync(client, "/Home")).Find("#check-in-offer"));

        // 2 December in Auckland (6 days later): not yet; 3 December (7 days): offered again.
        Assert.Null((await HomeAtAsync(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero))).Find("#check-in-offer"));
        Assert.NotNull((await HomeAtAsync(new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero))).Find("#check-in-offer"));

        async Task<HtmlPage> HomeAtAsync(DateTimeOffset utc)
        {
            _factory.Clock.SetUtcNow(utc);
            var again = _factory.CreateBrowser(); // the idle session has ended
            await Accounts.SignInAsync(again, email);
            return await HtmlPage.GetOkAsync(again, "/Home");
        }
    }
}
