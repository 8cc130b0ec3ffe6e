namespace Healactively.Web.Features.Accounts;

/// <summary>Account administration events: ids and action names only, never emails or names.</summary>
internal static partial class AccountsLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Sign-in refused for disabled account {UserId}")]
    public static partial void DisabledSignInRefused(ILogger logger, string userId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Admin {ActorId}: {Action} on account {TargetId}")]
    public static partial void AdminAction(ILogger logger, string actorId, string action, string targetId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Admin {ActorId}: {Action} on account {TargetId} refused: {Reason}")]
    public static partial void AdminActionRefused(ILogger logger, string actorId, string action, string targetId, string reason);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Invitation accepted by account {UserId}")]
    public static partial void InvitationAccepted(ILogger logger, string userId);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "Account erased; audit rows now name it {ErasedToken}")]
    public static partial void AccountErased(ILogger logger, string erasedToken);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "Personal data downloaded by account {UserId}")]
    public static partial void PersonalDataDownloaded(ILogger logger, string userId);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "Invitation email for account {UserId} could not be sent")]
    public static partial void InvitationNotSent(ILogger logger, string userId);
}
