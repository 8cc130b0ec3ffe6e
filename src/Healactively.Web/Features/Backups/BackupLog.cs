namespace Healactively.Web.Features.Backups;

internal static partial class BackupLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Database backup written to {FileName} ({Bytes} bytes)")]
    public static partial void Written(ILogger logger, string fileName, long bytes);
}
