using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Wins;

/// <summary>Every stored win of one patient, for the wins CSV the patient and their clinicians download.</summary>
public sealed class WinsExportQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<Win>> RunAsync(string patientId, CancellationToken cancellationToken) =>
        await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patientId)
            .Select(w => new Win(w.Date, w.Kind, w.Metric, w.Window, w.Baseline, w.Value, w.Delta, w.Tier, w.Message))
            .ToListAsync(cancellationToken);
}
