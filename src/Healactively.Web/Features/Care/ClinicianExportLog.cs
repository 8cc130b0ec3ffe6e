namespace Healactively.Web.Features.Care;

/// <summary>Clinician report and export log events: ids and counts only.</summary>
internal static partial class ClinicianExportLog
{
    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Visit report PDF for patient {PatientId}: {Days} days")]
    public static partial void ReportPdf(ILogger logger, string patientId, int days);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Information, Message = "Wins exported for clinician, patient {PatientId}: {WinCount} wins")]
    public static partial void WinsExported(ILogger logger, string patientId, int winCount);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Information, Message = "FHIR bundle for patient {PatientId}: {ResourceCount} resources besides the patient")]
    public static partial void FhirExported(ILogger logger, string patientId, int resourceCount);
}
