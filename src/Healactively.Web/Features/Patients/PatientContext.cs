using Healactively.Domain.Journal;

namespace Healactively.Web.Features.Patients;

/// <summary>Who the signed-in patient is and their calendar: every journal query is scoped by <see cref="PatientId"/>.</summary>
public sealed record PatientContext(string PatientId, string DisplayName, TimeZoneInfo Zone, DistanceUnit DistanceUnit, DateOnly Today)
{
    /// <summary>The journal stamp read with the profile: views cached under it are current (<see cref="PatientViewCache"/>).</summary>
    public long JournalStamp { get; init; }

    /// <summary>The address still to confirm, or null once confirmed; read with the profile for the home page's notice.</summary>
    public string? UnconfirmedEmail { get; init; }
}
