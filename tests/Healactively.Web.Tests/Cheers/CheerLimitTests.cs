using System.Net;
using Healactively.Domain.Sharing;
using Healactively.Web.Tests.Infrastructure;
using static Healactively.Web.Tests.Infrastructure.JournalDays;

namespace Healactively.Web.Tests.Cheers;

/// <summary>
/// At most 20 cheers per supporter per patient per day of the patient's calendar (their time zone, not the server's):
/// the 21st is refused with a message and not stored; the patient's next local day allows cheers again.
/// </summary>
public sealed class CheerLimitTests : IDisposable
{
    // Its own app: these tests move the clock.
    private readonly HealactivelyFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_21st_cheer_of_the_patients_day_is_refused_and_the_next_local_day_allows_more()
    {
        // 12:00 UTC on 25 November is 06:00 in Chicago: the patient's day runs to 06:00 UTC on the 26th.
        var patient = await CheerSteps.PatientWithWinsAsync(_factory, zone: "America/Chicago");
        var supporter = await CheerSteps.SupporterAsync(_factory, patient.Id);
        var other = await CheerSteps.SupporterAsync(_factory, patient.Id, name: "Sam");
        for (var i = 0; i < CheerRules.DailyLimit; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Cheer(supporter)).Status);
        }

        var refused = await Cheer(supporter);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(CheerRules.LimitReached, TextOf(refused.Find("#cheer-problem")));
        Assert.Equal(20, await CheerSteps.CountAsync(_factory, patient.Id));
        // The limit is per supporter.
        Assert.Equal(HttpStatusCode.Redirect, (await Cheer(other)).Status);

        // A new day in UTC but still the 25th in Chicago.
        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 5, 30, 0, TimeSpan.Zero));
        supporter = await SignInAgainAsync(supporter); // the idle session has ended
        Assert.Equal(HttpStatusCode.BadRequest, (await Cheer(supporter)).Status);

        _factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 6, 30, 0, TimeSpan.Zero));
        supporter = await SignInAgainAsync(supporter);
        Assert.Equal(HttpStatusCode.Redirect, (await Cheer(supporter)).Status);
        Assert.Equal(22, await CheerSteps.CountAsync(_factory, patient.Id));

        async Task<CheerSteps.Supporter> SignInAgainAsync(CheerSteps.Supporter who)
        {
            var again = who with { Client = _factory.CreateBrowser() };
            var signedIn = await Accounts.SignInAsync(again.Client, again.Email);
            Assert.True(signedIn.Status == HttpStatusCode.Redirect, signedIn.Text);
            return again;
        }

        Task<HtmlPage> Cheer(CheerSteps.Supporter who) =>
            CheerSteps.CheerAsync(who.Client, patient.Id, CheerSteps.SittingMoment, CheerSteps.SittingSubject, "KeepGoing");
    }
}
