using System.Net;
using Healactively.Web.Tests.Infrastructure;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Healactively.Web.Tests.Clinician;

/// <summary>The FHIR R4 export parses with the Firely SDK and carries the right codes, values, units and dates.</summary>
public sealed class FhirTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async System.Threading.Tasks.Task The_bundle_has_the_patient_and_an_observation_per_recorded_value_with_codes_units_and_dates()
    {
        var linked = await ReportSteps.LinkedPatientAsync(factory, ReportSteps.Small, name: "Fran Fhir");

        var response = await linked.Clinician.GetAsync($"/Clinician/Patients/{Uri.EscapeDataString(linked.PatientId)}/Fhir");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.NoStore);
        var json = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("PRIVATE-TEXT-1", json, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.test", json, StringComparison.Ordinal);
        Assert.DoesNotContain(linked.PatientId, json, StringComparison.Ordinal);

        var bundle = new FhirJsonDeserializer().Deserialize<Bundle>(json);
        Assert.NotNull(bundle);
        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero), bundle.Timestamp);

        var patientEntry = Assert.Single(bundle.Entry, e => e.Resource is Patient);
        var patient = (Patient)patientEntry.Resource!;
        Assert.Equal("Fran Fhir", Assert.Single(patient.Name).Text);
        Assert.StartsWith("urn:uuid:", patientEntry.FullUrl!, StringComparison.Ordinal);
        Assert.Empty(patient.Telecom);

        var observations = bundle.Entry.Select(e => e.Resource).OfType<Observation>().ToList();
        Assert.Equal(bundle.Entry.Count - 1, observations.Count);
        Assert.All(observations, o =>
        {
            Assert.Equal(ObservationStatus.Final, o.Status);
            Assert.Equal(patientEntry.FullUrl, o.Subject!.Reference);
        });

        static (string Date, decimal? Value, string Unit, string System, string Code) Row(Observation o)
        {
            var quantity = (Quantity)o.Value!;
            return (((FhirDateTime)o.Effective!).Value!, quantity.Value, quantity.Unit!, quantity.System!, quantity.Code!);
        }

        var pain = observations.Where(o => o.Code.Coding.Any(c => c.System == "http://loinc.org" && c.Code == "72514-3")).ToList();
        Assert.All(pain, o => Assert.Equal("Pain severity - 0-10 verbal numeric rating [Score] - Reported", o.Code.Coding.Single().Display));
        Assert.Equal(
            [("2026-11-18", 6m, "{score}", "http://unitsofmeasure.org", "{score}"), ("2026-11-20", 5m, "{score}", "http://unitsofmeasure.org", "{score}"),
             ("2026-11-22", 4m, "{score}", "http://unitsofmeasure.org", "{score}"), ("2026-11-25", 3m, "{score}", "http://unitsofmeasure.org", "{score}")],
            pain.Select(Row));

        var sitting = observations.Where(o => o.Code.Text == "Longest comfortable sitting").ToList();
        Assert.Equal(
            [("2026-11-18", 20m, "min", "http://unitsofmeasure.org", "min"), ("2026-11-20", 30m, "min", "http://unitsofmeasure.org", "min"),
             ("2026-11-25", 45m, "min", "http://unitsofmeasure.org", "min")],
            sitting.Select(Row));

        var walking = observations.Where(o => o.Code.Text == "Longest walk").ToList();
        Assert.Equal(
            [("2026-11-18", 1000m, "m", "http://unitsofmeasure.org", "m"), ("2026-11-20", 1200m, "m", "http://unitsofmeasure.org", "m"),
             ("2026-11-25", 900m, "m", "http://unitsofmeasure.org", "m")],
            walking.Select(Row));
        Assert.Equal(observations.Count, pain.Count + sitting.Count + walking.Count);

        // The patient's id in the bundle is stable across downloads.
        var again = new FhirJsonDeserializer().Deserialize<Bundle>(await linked.Clinician.GetStringAsync($"/Clinician/Patients/{Uri.EscapeDataString(linked.PatientId)}/Fhir"));
        Assert.Equal(patient.Id, again!.Entry.Select(e => e.Resource).OfType<Patient>().Single().Id);
    }
}
