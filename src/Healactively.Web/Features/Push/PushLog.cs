namespace Healactively.Web.Features.Push;

/// <summary>Ids, counts and status codes only: never an endpoint address (it identifies a device), a key or a name.</summary>
internal static partial class PushLog
{
    [LoggerMessage(EventId = 5301, Level = LogLevel.Information, Message = "Push subscription {SubscriptionId} of user {UserId} was gone ({StatusCode}) and is removed")]
    public static partial void Gone(ILogger logger, long subscriptionId, string userId, int statusCode);

    [LoggerMessage(EventId = 5302, Level = LogLevel.Warning, Message = "Push to subscription {SubscriptionId} of user {UserId} was refused by the push service ({StatusCode})")]
    public static partial void Refused(ILogger logger, long subscriptionId, string userId, int statusCode);

    [LoggerMessage(EventId = 5303, Level = LogLevel.Warning, Message = "Push to subscription {SubscriptionId} of user {UserId} failed ({ErrorType})")]
    public static partial void Failed(ILogger logger, long subscriptionId, string userId, string errorType);

    [LoggerMessage(EventId = 5304, Level = LogLevel.Information, Message = "User {UserId} turned on notifications on a device (subscription {SubscriptionId})")]
    public static partial void Subscribed(ILogger logger, string userId, long subscriptionId);

    [LoggerMessage(EventId = 5305, Level = LogLevel.Information, Message = "User {UserId} turned off notifications on a device")]
    public static partial void Unsubscribed(ILogger logger, string userId);

    [LoggerMessage(EventId = 5306, Level = LogLevel.Information, Message = "A VAPID key pair was generated and stored")]
    public static partial void KeysGenerated(ILogger logger);

    [LoggerMessage(EventId = 5307, Level = LogLevel.Information, Message = "Push subscription {SubscriptionId} of user {UserId} was replaced: at most {Limit} devices per account")]
    public static partial void OldestReplaced(ILogger logger, long subscriptionId, string userId, int limit);

    [LoggerMessage(EventId = 5308, Level = LogLevel.Warning, Message = "A push subscription was refused for user {UserId}: {Reason}")]
    public static partial void SubscriptionRefused(ILogger logger, string userId, string reason);

    [LoggerMessage(EventId = 5309, Level = LogLevel.Warning, Message = "A push connection to a non-public address was refused")]
    public static partial void InternalAddressRefused(ILogger logger);
}
