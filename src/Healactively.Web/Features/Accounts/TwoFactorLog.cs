namespace Healactively.Web.Features.Accounts;

/// <summary>Two-factor events, with the user id only.</summary>
internal static partial class TwoFactorLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "User {UserId} enabled two-factor authentication")]
    public static partial void Enabled(ILogger logger, string userId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "User {UserId} disabled two-factor authentication")]
    public static partial void Disabled(ILogger logger, string userId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "User {UserId} signed in with a recovery code; {Left} left")]
    public static partial void RecoveryCodeUsed(ILogger logger, string userId, int left);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "An authenticator code was refused for user {UserId}")]
    public static partial void CodeRefused(ILogger logger, string userId);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "An authenticator code already used was refused for user {UserId}")]
    public static partial void CodeReused(ILogger logger, string userId);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "A recovery code was refused for user {UserId}")]
    public static partial void RecoveryCodeRefused(ILogger logger, string userId);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Information, Message = "User {UserId} generated new recovery codes")]
    public static partial void RecoveryCodesGenerated(ILogger logger, string userId);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Information, Message = "User {UserId} reset their authenticator key")]
    public static partial void AuthenticatorReset(ILogger logger, string userId);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Information, Message = "Staff user {UserId} without two-factor was sent to enrol")]
    public static partial void StaffSentToEnrol(ILogger logger, string userId);
}
