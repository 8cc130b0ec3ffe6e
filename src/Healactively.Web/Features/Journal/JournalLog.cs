namespace Healactively.Web.Features.Journal;

/// <summary>Journal log events: ids only, never values or text.</summary>
internal static partial class JournalLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Journal entry {EntryId} saved by patient {PatientId}")]
    public static partial void EntrySaved(ILogger logger, long entryId, string patientId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Journal entry {EntryId} deleted by patient {PatientId}")]
    public static partial void EntryDeleted(ILogger logger, long entryId, string patientId);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "Journal save refused for patient {PatientId}: {Reason}")]
    public static partial void SaveRefused(ILogger logger, string patientId, string reason);
}
