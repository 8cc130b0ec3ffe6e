namespace Healactively.Web.Features.Care;

/// <summary>Consent log events: ids only, never codes.</summary>
internal static partial class CareTeamLog
{
    [LoggerMessage(EventId = 3301, Level = LogLevel.Information, Message = "Share code {ShareCodeId} created by patient {PatientId}")]
    public static partial void ShareCodeCreated(ILogger logger, long shareCodeId, string patientId);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Information, Message = "Share code {ShareCodeId} of patient {PatientId} redeemed by clinician {ClinicianId}")]
    public static partial void ShareCodeRedeemed(ILogger logger, long shareCodeId, string patientId, string clinicianId);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Information, Message = "Share code refused for clinician {ClinicianId}: {Reason}")]
    public static partial void RedeemRefused(ILogger logger, string clinicianId, string reason);

    [LoggerMessage(EventId = 3304, Level = LogLevel.Information, Message = "Care link {LinkId} revoked by patient {PatientId}")]
    public static partial void LinkRevoked(ILogger logger, long linkId, string patientId);
}
