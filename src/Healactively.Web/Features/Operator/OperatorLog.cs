namespace Healactively.Web.Features.Operator;

/// <summary>Operator events: ids and roles only, never emails or passwords.</summary>
internal static partial class OperatorLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Operator created account {UserId} in role {Role}")]
    public static partial void AccountCreated(ILogger logger, string userId, string role);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Operator account creation refused ({Reason})")]
    public static partial void AccountRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Error, Message = "Operator command failed")]
    public static partial void CommandFailed(ILogger logger, Exception exception);
}
