using Firely.Fhir.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace Healactively.Web.Tests.Clinician;

/// <summary>
/// Firely's validator against the base R4 profiles from the specification.zip of Hl7.Fhir.Specification.Data.R4:
/// structure, cardinality, types and the FHIRPath invariants. Terminology is the local service over the same package
/// (FHIR's own value sets such as statuses); LOINC and the product's code system are not checked (no server).
/// </summary>
internal static class FhirValidation
{
    public static IReadOnlyList<OperationOutcome.IssueComponent> Errors(Resource resource)
    {
        var specification = ZipSource.CreateValidationSource(Path.Combine(AppContext.BaseDirectory, "specification.zip"));
        var resolver = new CachedResolver(specification).AsAsync();
        var validator = new Validator(resolver, new LocalTerminologyService(resolver));
        var outcome = validator.Validate(resource);
        return [.. outcome.Issue.Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)];
    }

    public static string Describe(IEnumerable<OperationOutcome.IssueComponent> issues) =>
        string.Join(Environment.NewLine, issues.Select(i => $"{i.Severity} {i.Code} at {string.Join(",", i.Expression)}: {i.Details?.Text ?? i.Diagnostics}"));
}
