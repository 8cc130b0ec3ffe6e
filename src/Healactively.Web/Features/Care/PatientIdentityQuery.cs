using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Care;

/// <summary>What a clinic files a patient under: optional full name, date of birth and clinic reference, as the patient gave them.</summary>
public sealed record PatientIdentity(string DisplayName, string? FullName, DateOnly? DateOfBirth, string? ClinicReference)
{
    /// <summary>The full name when given, else the display name.</summary>
    public string Name => string.IsNullOrWhiteSpace(FullName) ? DisplayName : FullName;

    /// <summary>"Born 4 Mar 1981 · Ref. PT-0042", or empty when neither is given.</summary>
    public string Details => string.Join(" · ", new[]
    {
        DateOfBirth is { } born ? "Born " + born.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture) : null,
        string.IsNullOrWhiteSpace(ClinicReference) ? null : "Ref. " + ClinicReference,
    }.Where(p => p is not null));
}

/// <summary>
/// Reads a patient's identity fields for a linked clinician's page (the caller has passed <see cref="PatientAccess"/>);
/// these fields are never shown to supporters.
/// </summary>
public sealed class PatientIdentityQuery(AppDbContext db)
{
    public async Task<PatientIdentity> RunAsync(string patientId, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Id == patientId)
            .Select(u => new PatientIdentity(u.DisplayName, u.FullName, u.DateOfBirth, u.ClinicReference))
            .SingleOrDefaultAsync(cancellationToken)
        ?? new PatientIdentity(string.Empty, null, null, null);
}
