using System.Security.Cryptography;
using System.Text;
using Healactively.Domain.Journal;
using Hl7.Fhir.Model;

namespace Healactively.Web.Features.Care.Reports;

/// <summary>
/// A patient's recorded numbers as a FHIR R4 collection Bundle: the Patient (display name only, an opaque id), an
/// Observation per recorded pain score (LOINC 72514-3), sitting and walking as Observations with UCUM units, and the
/// outcome measures and goals (<see cref="FhirOutcomeResources"/>). No journal free text, no email.
/// </summary>
public static class FhirBundleBuilder
{
    public const string LoincSystem = "http://loinc.org";
    public const string UcumSystem = "http://unitsofmeasure.org";
    public const string PainCode = "72514-3";
    public const string PainDisplay = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";
    public const string SittingText = "Longest comfortable sitting";
    public const string WalkingText = "Longest walk";

    private const string CategorySystem = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>A stable id that is not the account id: the same patient always gets the same one.</summary>
    public static string OpaquePatientId(string patientId)
    {
        ArgumentNullException.ThrowIfNull(patientId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"healactively-fhir-patient:{patientId}"));
        return new Guid(hash.AsSpan(0, 16)).ToString("D");
    }

    public static Bundle Build(string patientId, string displayName, IEnumerable<JournalEntry> entries, DateTimeOffset timestamp, FhirOutcomes? outcomes = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var opaqueId = OpaquePatientId(patientId);
        var patientUrl = $"urn:uuid:{opaqueId}";
        var bundle = new Bundle
        {
            Type = Bundle.BundleType.Collection,
            Timestamp = timestamp,
        };
        bundle.Entry.Add(new Bundle.EntryComponent
        {
            FullUrl = patientUrl,
            Resource = new Patient
            {
                Id = opaqueId,
                Name = [new HumanName { Text = displayName }],
            },
        });

        foreach (var entry in entries.OrderBy(e => e.Date))
        {
            if (entry.Pain is { } pain)
            {
                Add(bundle, patientUrl, entry.Date, "pain", Pain(), pain, "{score}", "{score}", "survey");
            }

            if (entry.SittingMinutes is { } sitting)
            {
                Add(bundle, patientUrl, entry.Date, "sitting", new CodeableConcept { Text = SittingText }, sitting, "min", "min", "activity");
            }

            if (entry.WalkingMeters is { } walking)
            {
                Add(bundle, patientUrl, entry.Date, "walking", new CodeableConcept { Text = WalkingText }, walking, "m", "m", "activity");
            }
        }

        FhirOutcomeResources.Add(bundle, patientUrl, outcomes ?? FhirOutcomes.Empty);
        return bundle;
    }

    private static CodeableConcept Pain() => new()
    {
        Coding = [new Coding(LoincSystem, PainCode, PainDisplay)],
        Text = "Pain score",
    };

    private static void Add(Bundle bundle, string patientUrl, DateOnly date, string what, CodeableConcept code, int value, string unit, string ucum, string category)
    {
        var id = DeterministicId($"{patientUrl}/{what}/{date:yyyy-MM-dd}");
        bundle.Entry.Add(new Bundle.EntryComponent
        {
            FullUrl = $"urn:uuid:{id}",
            Resource = new Observation
            {
                Id = id,
                Status = ObservationStatus.Final,
                Category = [new CodeableConcept(CategorySystem, category)],
                Code = code,
                Subject = new ResourceReference(patientUrl),
                Effective = new FhirDateTime(date.Year, date.Month, date.Day),
                Value = new Quantity
                {
                    Value = value,
                    Unit = unit,
                    System = UcumSystem,
                    Code = ucum,
                },
            },
        });
    }

    /// <summary>A stable resource id derived from what the resource is about, so that downloads compare line by line.</summary>
    public static string DeterministicId(string name) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16)).ToString("D");
}
