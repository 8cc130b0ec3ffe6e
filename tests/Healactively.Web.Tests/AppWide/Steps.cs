using System.Net;
using Healactively.Web.Tests.Infrastructure;

namespace Healactively.Web.Tests.AppWide;

/// <summary>Fills every free-text field of the patient and clinician pages with a given text.</summary>
internal static class Steps
{
    public static async Task JournalAsync(HttpClient patient, string text)
    {
        var saved = await JournalForms.SaveAsync(patient, "2026-11-24", JournalForms.Values(
            ("Pain", "3"), ("SittingMinutes", "40"), ("Walking", "1.5"), ("EasierToday", $"Easier {text}"),
            ("Triggers", $"trigger {text}"), ("Helped", $"helped {text}")));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var next = await JournalForms.SaveAsync(patient, "2026-11-25", JournalForms.Values(("Pain", "2"), ("SittingMinutes", "55"), ("EasierToday", $"Today {text}")));
        Assert.Equal(HttpStatusCode.Redirect, next.Status);
    }

    public static async Task CustomMetricAsync(HttpClient patient, string text, string? unit = null)
    {
        var page = await HtmlPage.GetOkAsync(patient, "/Metrics");
        var added = await page.SubmitAsync(patient, "#add-metric-form", new Dictionary<string, string?>
        {
            ["Input.Name"] = $"Metric {text}",
            ["Input.Unit"] = unit ?? $"u{text}",
            ["Input.Better"] = "higher",
            ["Input.MinStep"] = "1",
        });
        Assert.True(added.Status == HttpStatusCode.Redirect, $"Adding the metric answered {(int)added.Status}: {added.Text}");
    }

    public static async Task ProfileAsync(HttpClient patient, string text)
    {
        var page = await HtmlPage.GetOkAsync(patient, "/Profile");
        var saved = await page.SubmitAsync(patient, "#profile-form", new Dictionary<string, string?> { ["Input.DisplayName"] = $"Renamed {text}" });
        Assert.True(saved.Status is HttpStatusCode.Redirect or HttpStatusCode.OK, $"Profile save answered {(int)saved.Status}");
    }

    public static async Task ImportAsync(HttpClient patient, string text)
    {
        text = text.Replace("\"", "\"\"", StringComparison.Ordinal);
        var csv = "date,pain,sitting_minutes,walking_meters,flare,easier_today,triggers,helped\n" +
                  $"2026-11-10,5,20,800,,\"Imported {text}\",\"t {text}\",\"h {text}\"\n";
        var imported = await Journal.JournalCsvClient.ImportAsync(patient, csv);
        Assert.True(imported.Status is HttpStatusCode.Redirect, $"Import answered {(int)imported.Status}: {imported.Html}");
    }

    public static async Task ClinicianReadsAsync(HttpClient clinician, string patientId, string text)
    {
        // Note forms open on demand from the timeline's links (a week's or a win's).
        var timeline = await HtmlPage.GetOkAsync(clinician, $"/Clinician/Patients/{patientId}");
        var link = (timeline.Find("a.week-note-link") ?? timeline.Find("a.win-note-link"))!.GetAttribute("href")!;
        var notes = await HtmlPage.GetOkAsync(clinician, link);
        var noted = await notes.SubmitAsync(clinician, "form.note-form", new Dictionary<string, string?> { ["Text"] = $"Note {text}" });
        Assert.Equal(HttpStatusCode.Redirect, noted.Status);
        foreach (var path in new[] { "", "/Entries/2026-11-24", "/Report", "/Report/Pdf", "/Wins/Export", "/Fhir" })
        {
            (await clinician.GetAsync($"/Clinician/Patients/{patientId}{path}")).EnsureSuccessStatusCode();
        }
    }
}
