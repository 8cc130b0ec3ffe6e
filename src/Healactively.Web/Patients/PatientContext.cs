using Healactively.Domain.Journal;

namespace Healactively.Web.Patients;

/// <summary>Who the signed-in patient is and their calendar: every journal query is scoped by <see cref="PatientId"/>.</summary>
public sealed record PatientContext(string PatientId, string DisplayName, TimeZoneInfo Zone, DistanceUnit DistanceUnit, DateOnly Today);
