namespace Healactively.Web.Data.Entities;

/// <summary>
/// A weekly check-in on one patient-local date: the PSFS ratings (<see cref="PsfsRating"/>) and the PEG items
/// (each 0–10, null when not answered). At most one per patient and date; an edit replaces it.
/// </summary>
public sealed class OutcomeCheckIn
{
    public long Id { get; set; }

    public string PatientId { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    /// <summary>PEG: average pain in the past week.</summary>
    public int? PegPain { get; set; }

    /// <summary>PEG: how much pain interfered with enjoyment of life.</summary>
    public int? PegEnjoyment { get; set; }

    /// <summary>PEG: how much pain interfered with general activity.</summary>
    public int? PegActivity { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public List<PsfsRating> Ratings { get; set; } = [];
}

/// <summary>One activity's 0–10 rating in a check-in.</summary>
public sealed class PsfsRating
{
    public long Id { get; set; }

    public long CheckInId { get; set; }

    public long ActivityId { get; set; }

    public int Rating { get; set; }
}
