namespace Healactively.Web.Features.Cheers;

/// <summary>Cheer events: ids only, never a message.</summary>
internal static partial class CheersLog
{
    [LoggerMessage(EventId = 3501, Level = LogLevel.Information, Message = "Cheer {CheerId} sent over supporter link {LinkId}")]
    public static partial void Sent(ILogger logger, long cheerId, long linkId);

    [LoggerMessage(EventId = 3502, Level = LogLevel.Information, Message = "Cheer refused over supporter link {LinkId}: daily limit reached")]
    public static partial void LimitReached(ILogger logger, long linkId);

    [LoggerMessage(EventId = 3503, Level = LogLevel.Information, Message = "Cheer {CheerId} hidden by its patient")]
    public static partial void Hidden(ILogger logger, long cheerId);

    [LoggerMessage(EventId = 3504, Level = LogLevel.Information, Message = "Cheers of supporter link {LinkId} muted ({Muted}) by its patient")]
    public static partial void Muted(ILogger logger, long linkId, bool muted);
}
