namespace Healactively.Web.Data.Entities;

/// <summary>A single-use code a patient gives to a clinician to link; only its hash is stored.</summary>
public sealed class ShareCode
{
    public const int HashLength = 64;

    public long Id { get; set; }

    public string PatientId { get; set; } = string.Empty;

    /// <summary>SHA-256 of the normalised code, hex.</summary>
    public string CodeHash { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public string? UsedByClinicianId { get; set; }
}
