namespace Healactively.Web.Data.Entities;

/// <summary>A patient's consent for one clinician to read their journal, until the patient revokes it.</summary>
public sealed class CareLink
{
    public long Id { get; set; }

    public string PatientId { get; set; } = string.Empty;

    public string ClinicianId { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when the patient ends access; a revoked link grants nothing from the next request on.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
