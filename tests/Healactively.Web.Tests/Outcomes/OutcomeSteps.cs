using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Outcomes;

/// <summary>What a patient does on /CheckIn and /Goals, as a browser would post it.</summary>
internal static class OutcomeSteps
{
    public static async Task<HtmlPage> AddActivityAsync(HttpClient client, string name)
    {
        var page = await HtmlPage.GetOkAsync(client, "/CheckIn");
        return await page.SubmitAsync(client, "#add-activity-form", new Dictionary<string, string?> { ["NewActivity"] = name });
    }

    /// <summary>The patient's activities by name (id), in the order added.</summary>
    public static async Task<List<PsfsActivity>> ActivitiesAsync(HealactivelyFactory factory, string patientId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.PsfsActivities.AsNoTracking().Where(a => a.PatientId == patientId).OrderBy(a => a.Id).ToListAsync();
    }

    public static async Task<List<OutcomeCheckIn>> CheckInsAsync(HealactivelyFactory factory, string patientId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.OutcomeCheckIns.AsNoTracking().Include(c => c.Ratings).Where(c => c.PatientId == patientId).OrderBy(c => c.Date).ToListAsync();
    }

    /// <summary>Posts the check-in form of a date with the given answers (field name → value); redirects not followed.</summary>
    public static async Task<HtmlPage> CheckInAsync(HttpClient client, string date, IReadOnlyDictionary<string, string?> answers)
    {
        var page = await HtmlPage.GetOkAsync(client, $"/CheckIn?date={date}");
        return await page.SubmitAsync(client, "#check-in-form", answers);
    }

    public static Dictionary<string, string?> Answers(long activityId, string? rating, string? peg) => new()
    {
        [$"Ratings[{activityId}]"] = rating,
        ["PegPain"] = peg,
        ["PegEnjoyment"] = peg,
        ["PegActivity"] = peg,
    };

    public static void AssertRedirect(HtmlPage page) =>
        Assert.True(page.Status == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)page.Status}: {page.Text[..Math.Min(400, page.Text.Length)]}");
}
