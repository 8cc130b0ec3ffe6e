using System.Globalization;
using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Features.Metrics;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Metrics;

/// <summary>
/// The cap of 10 metrics of one's own holds under concurrent posts (issue 15, item 9): the count is checked inside the
/// write's transaction, in the writer's turn on SQLite and under the patient's stamp row lock on PostgreSQL.
/// </summary>
public sealed class CustomMetricCapTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task Forty_concurrent_posts_create_exactly_the_cap_of_metrics()
    {
        var (client, email) = await Accounts.RegisterPatientAsync(factory);
        var page = await HtmlPage.GetOkAsync(client, "/Metrics");
        var token = page.Find("#add-metric-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var posts = Enumerable.Range(1, 40).Select(async n =>
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Name"] = string.Create(CultureInfo.InvariantCulture, $"Measure {n}"),
                ["Input.Unit"] = "reps",
                ["Input.Better"] = "higher",
                ["Input.MinStep"] = "1",
            });
            return (await client.PostAsync("/Metrics", form)).StatusCode;
        });
        var answers = await Task.WhenAll(posts);

        Assert.All(answers, status => Assert.True(status is HttpStatusCode.Redirect or HttpStatusCode.OK, $"A post answered {(int)status}."));
        Assert.Equal(SaveCustomMetric.MaxMetrics, answers.Count(a => a == HttpStatusCode.Redirect));
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var userId = Accounts.UserId(factory, email);
        Assert.Equal(SaveCustomMetric.MaxMetrics, await db.CustomMetrics.CountAsync(m => m.PatientId == userId));
    }
}
