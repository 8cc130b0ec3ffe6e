using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Care;

/// <summary>One of the patient's own care links, as the page that asks before revoking it shows it.</summary>
public sealed class CareLinkQuery(AppDbContext db)
{
    /// <summary>The clinician's name on an active link of the patient's; null for another patient's link or a revoked one.</summary>
    public async Task<string?> ActiveClinicianNameAsync(string patientId, long linkId, CancellationToken cancellationToken) =>
        await db.CareLinks.AsNoTracking()
            .Where(l => l.Id == linkId && l.PatientId == patientId && l.RevokedAt == null)
            .Join(db.Users, l => l.ClinicianId, u => u.Id, (l, u) => u.DisplayName)
            .SingleOrDefaultAsync(cancellationToken);
}
