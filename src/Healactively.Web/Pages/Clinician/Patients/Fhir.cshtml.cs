using Healactively.Web.Features.Care;
using Healactively.Web.Features.Care.Reports;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Wins;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Clinician.Patients;

/// <summary>The patient's pain, sitting and walking numbers, check-ins, scores and goals as a FHIR R4 Bundle (application/fhir+json).</summary>
[AuditedRead("fhir")]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class FhirModel(PatientJournalLoader loader, FhirOutcomeQuery outcomes, GrantedPatient grantedPatient, TimeProvider clock, ILogger<FhirModel> logger) : PageModel
{
    public const string ContentType = "application/fhir+json";

    public async Task<IActionResult> OnGetAsync()
    {
        var patient = grantedPatient.Patient;
        var loaded = await loader.LoadEntriesAsync(patient.PatientId, from: null, to: patient.Today, withText: false, HttpContext.RequestAborted);
        var measures = await outcomes.ForAsync(patient, HttpContext.RequestAborted);
        var bundle = FhirBundleBuilder.Build(patient.PatientId, patient.DisplayName, loaded.Entries, clock.GetUtcNow(), measures);
        var json = new FhirJsonSerializer().SerializeToString(bundle);
        ClinicianExportLog.FhirExported(logger, patient.PatientId, bundle.Entry.Count - 1);
        return File(System.Text.Encoding.UTF8.GetBytes(json), ContentType + "; charset=utf-8", $"healactively-fhir-{JournalDates.ToRoute(patient.Today)}.json");
    }
}
