using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Journal;

/// <summary>A column of the journal CSV that holds one of the patient's own metrics.</summary>
public sealed record MetricColumn(string Key, string Name, string Unit);

/// <summary>
/// The patient's own metrics a journal CSV carries as columns, in the order they were added, for the import page's
/// column table and its sample file. A key that is also a journal column is left out, as the reader does.
/// </summary>
public sealed class ImportMetricColumnsQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<MetricColumn>> RunAsync(string patientId, CancellationToken cancellationToken)
    {
        var metrics = await db.CustomMetrics.AsNoTracking()
            .Where(m => m.PatientId == patientId)
            .OrderBy(m => m.Id)
            .Select(m => new MetricColumn(m.Key, m.Name, m.Unit))
            .ToListAsync(cancellationToken);
        return [.. metrics.Where(m => !JournalCsvColumns.IsJournalColumn(m.Key))];
    }
}
