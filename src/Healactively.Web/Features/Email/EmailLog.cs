namespace Healactively.Web.Features.Email;

/// <summary>Never the address or the content: only how the message left.</summary>
internal static partial class EmailLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Email handed over via {Transport}")]
    public static partial void Sent(ILogger logger, string transport);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Email delivery via {Transport} failed: {Error}")]
    public static partial void Failed(ILogger logger, string transport, string error);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "No SMTP server configured (Smtp:Host); emails are written to the pickup folder {Folder}")]
    public static partial void UsingPickupFolder(ILogger logger, string folder);
}
