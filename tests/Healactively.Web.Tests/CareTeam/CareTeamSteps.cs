using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.CareTeam;

/// <summary>The consent steps as people do them: a patient creates a code, a clinician types it.</summary>
internal static class CareTeamSteps
{
    /// <summary>Creates a share code with the Care team form and returns it as shown (XXXX-XXXX).</summary>
    public static async Task<string> CreateCodeAsync(HttpClient patient)
    {
        var page = await HtmlPage.GetOkAsync(patient, "/CareTeam");
        var created = await page.SubmitAsync(patient, "#create-code-form", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.OK, created.Status);
        var code = DaysText(created.Find("#share-code"));
        Assert.Matches("^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{4}$", code);
        return code;
    }

    /// <summary>Types the code into the Link form; the response is not followed.</summary>
    public static async Task<HtmlPage> RedeemAsync(HttpClient clinician, string code)
    {
        var page = await HtmlPage.GetOkAsync(clinician, "/Clinician/Link");
        return await page.SubmitAsync(clinician, "#link-form", new Dictionary<string, string?> { ["Input.Code"] = code });
    }

    public static List<CareLink> Links(HealactivelyFactory factory, string patientId)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.CareLinks.AsNoTracking().Where(l => l.PatientId == patientId).OrderBy(l => l.Id).ToList();
    }

    private static string DaysText(AngleSharp.Dom.IElement? element) => JournalDays.TextOf(element);
}
