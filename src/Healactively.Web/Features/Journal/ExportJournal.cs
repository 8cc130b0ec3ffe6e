using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;

namespace Healactively.Web.Features.Journal;

/// <summary>The patient's whole journal as the journal CSV, oldest day first.</summary>
public sealed class ExportJournal(PatientJournalLoader loader, ILogger<ExportJournal> logger)
{
    public async Task<byte[]> RunAsync(PatientContext patient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var loaded = await loader.LoadEntriesAsync(patient.PatientId, from: null, to: null, withText: true, cancellationToken);
        var columns = loaded.CustomMetrics.Select(m => m.Key).Where(key => !JournalCsvColumns.IsJournalColumn(key)).ToArray();

        using var buffer = new MemoryStream();
        JournalCsvWriter.Write(buffer, columns, loaded.Entries);
        JournalTransferLog.JournalExported(logger, patient.PatientId, loaded.Entries.Count);
        return buffer.ToArray();
    }
}
