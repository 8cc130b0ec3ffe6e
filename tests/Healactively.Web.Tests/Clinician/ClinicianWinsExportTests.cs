using System.Net;
using Healactively.Web.Tests.Infrastructure;
using Healactively.Web.Tests.Journal;

namespace Healactively.Web.Tests.Clinician;

/// <summary>A linked clinician downloads exactly the wins CSV the patient downloads (spec: csv-formats.md).</summary>
public sealed class ClinicianWinsExportTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task The_clinicians_wins_export_is_byte_for_byte_the_patients_own()
    {
        var journal = TestJournals.Recovery(TestJournals.Today, days: 120);
        var linked = await ReportSteps.LinkedPatientAsync(factory, journal, name: "Casey Csv");

        var own = await linked.Patient.GetAsync("/Wins/Export");
        var theirs = await linked.Clinician.GetAsync($"/Clinician/Patients/{Uri.EscapeDataString(linked.PatientId)}/Wins/Export");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);
        Assert.Equal("text/csv", theirs.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", theirs.Content.Headers.ContentType.CharSet);
        Assert.Equal("healactively-wins-2026-11-25.csv", theirs.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.True(theirs.Headers.CacheControl!.NoStore);

        var ownBytes = await own.Content.ReadAsByteArrayAsync();
        var theirBytes = await theirs.Content.ReadAsByteArrayAsync();
        Assert.Equal(ownBytes, theirBytes);

        var lines = JournalCsvClient.Lines(System.Text.Encoding.UTF8.GetString(theirBytes));
        Assert.Equal(TestJournals.WinsHeader, lines[0]);
        Assert.Equal(TestJournals.ExpectedWinRows(journal), lines[1..]);
    }
}
