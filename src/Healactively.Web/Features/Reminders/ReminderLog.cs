namespace Healactively.Web.Features.Reminders;

/// <summary>Ids and counts only: never an address, a name or anything from the journal.</summary>
internal static partial class ReminderLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Journal reminder sent to user {UserId}")]
    public static partial void Sent(ILogger logger, string userId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "No reminder for user {UserId}: today already has an entry")]
    public static partial void SkippedHasEntry(ILogger logger, string userId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Journal reminder to user {UserId} failed; it is retried on the next run")]
    public static partial void SendFailed(ILogger logger, string userId, Exception exception);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Error, Message = "The reminder run failed; the next run tries again")]
    public static partial void RunFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Reminders are enabled but App:BaseUrl is not an absolute http(s) address; no reminders are sent")]
    public static partial void NoBaseUrl(ILogger logger);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "Reminders turned off through the unsubscribe link for user {UserId}")]
    public static partial void Unsubscribed(ILogger logger, string userId);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Information, Message = "Weekly summary email sent to user {UserId}")]
    public static partial void WeeklySent(ILogger logger, string userId);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Warning, Message = "Weekly summary email to user {UserId} failed; it is retried on the next run")]
    public static partial void WeeklySendFailed(ILogger logger, string userId, Exception exception);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Information, Message = "Weekly summary emails turned off through the unsubscribe link for user {UserId}")]
    public static partial void WeeklyUnsubscribed(ILogger logger, string userId);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Supporter digest sent for supporter link {LinkId}")]
    public static partial void DigestSent(ILogger logger, long linkId);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Warning, Message = "Supporter digest for supporter link {LinkId} failed; it is retried on the next run")]
    public static partial void DigestSendFailed(ILogger logger, long linkId, Exception exception);

    [LoggerMessage(EventId = 5012, Level = LogLevel.Information, Message = "Supporter digest turned off by its supporter for supporter link {LinkId}")]
    public static partial void DigestUnsubscribed(ILogger logger, long linkId);

    [LoggerMessage(EventId = 5013, Level = LogLevel.Information, Message = "Journal reminder notification sent to {DeviceCount} device(s) of user {UserId}")]
    public static partial void PushSent(ILogger logger, string userId, int deviceCount);
}
