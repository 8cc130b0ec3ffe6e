namespace Healactively.Web.Features.Journal;

/// <summary>Journal import and export log events: ids and counts only, never values, text or file content.</summary>
internal static partial class JournalTransferLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Journal import by patient {PatientId}: {Created} created, {Updated} updated, {Unchanged} unchanged")]
    public static partial void Imported(ILogger logger, string patientId, int created, int updated, int unchanged);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Information, Message = "Journal import refused for patient {PatientId}: {ProblemCount} problems in the file")]
    public static partial void ImportRefused(ILogger logger, string patientId, int problemCount);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Journal import by patient {PatientId} conflicted with another change; nothing was saved")]
    public static partial void ImportConflict(ILogger logger, string patientId);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Information, Message = "Journal import upload refused for patient {PatientId}: {Reason}")]
    public static partial void UploadRefused(ILogger logger, string patientId, string reason);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Information, Message = "Journal exported by patient {PatientId}: {EntryCount} entries")]
    public static partial void JournalExported(ILogger logger, string patientId, int entryCount);
}
