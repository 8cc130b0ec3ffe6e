namespace Healactively.Web.Features.Wins;

/// <summary>Wins export log events: ids and counts only.</summary>
internal static partial class WinsExportLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Wins exported by patient {PatientId}: {WinCount} wins")]
    public static partial void WinsExported(ILogger logger, string patientId, int winCount);
}
