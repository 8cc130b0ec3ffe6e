namespace Healactively.Web.Features.Supporters;

/// <summary>Supporter consent events: ids only, never emails, names or tokens.</summary>
internal static partial class SupportersLog
{
    [LoggerMessage(EventId = 3401, Level = LogLevel.Information, Message = "Supporter invitation {InvitationId} created by patient {PatientId}")]
    public static partial void Invited(ILogger logger, long invitationId, string patientId);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Information, Message = "Supporter invitation refused for patient {PatientId}: {Reason}")]
    public static partial void InviteRefused(ILogger logger, string patientId, string reason);

    [LoggerMessage(EventId = 3403, Level = LogLevel.Error, Message = "The supporter invitation email {InvitationId} could not be sent")]
    public static partial void EmailFailed(ILogger logger, long invitationId);

    [LoggerMessage(EventId = 3404, Level = LogLevel.Information, Message = "Supporter invitation {InvitationId} of patient {PatientId} accepted by {SupporterId}; link {LinkId}")]
    public static partial void Accepted(ILogger logger, long invitationId, string patientId, string supporterId, long linkId);

    [LoggerMessage(EventId = 3405, Level = LogLevel.Information, Message = "Supporter invitation refused for user {UserId}: {Reason}")]
    public static partial void AcceptRefused(ILogger logger, string userId, string reason);

    [LoggerMessage(EventId = 3406, Level = LogLevel.Information, Message = "Supporter invitation {InvitationId} cancelled by patient {PatientId}")]
    public static partial void Cancelled(ILogger logger, long invitationId, string patientId);

    [LoggerMessage(EventId = 3407, Level = LogLevel.Information, Message = "Supporter link {LinkId} changed by patient {PatientId}")]
    public static partial void LinkChanged(ILogger logger, long linkId, string patientId);

    [LoggerMessage(EventId = 3408, Level = LogLevel.Information, Message = "Supporter link {LinkId} revoked by patient {PatientId}")]
    public static partial void LinkRevoked(ILogger logger, long linkId, string patientId);
}
