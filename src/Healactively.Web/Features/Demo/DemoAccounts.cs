using Healactively.Domain.Journal;
using Healactively.Web.Data;

namespace Healactively.Web.Features.Demo;

/// <summary>One demo account; patients carry the seed of their generated journal.</summary>
internal sealed record DemoAccount(string Email, string DisplayName, string Role, string TimeZoneId, DistanceUnit DistanceUnit, int? JournalSeed = null);

/// <summary>The demo accounts seeded in Development (listed in the README). One shared password.</summary>
internal static class DemoAccounts
{
    public const string Password = "demo-password-2026";

    public static DemoAccount Admin { get; } = new("admin@healactively.test", "Admin", Roles.Admin, "UTC", DistanceUnit.Kilometres);

    public static DemoAccount Clinician { get; } = new("clinician@healactively.test", "Dr. Amara Osei", Roles.Clinician, "Europe/London", DistanceUnit.Kilometres);

    public static DemoAccount Maya { get; } = new("maya@healactively.test", "Maya", Roles.Patient, "Europe/London", DistanceUnit.Kilometres, JournalSeed: 20_261_101);

    public static DemoAccount Leo { get; } = new("leo@healactively.test", "Leo", Roles.Patient, "America/Chicago", DistanceUnit.Miles, JournalSeed: 20_261_102);

    /// <summary>Maya's friend, who sees the wins Maya shares with supporters by default.</summary>
    public static DemoAccount Supporter { get; } = new("sam@healactively.test", "Sam", Roles.Supporter, "Europe/London", DistanceUnit.Kilometres);

    public static IReadOnlyList<DemoAccount> All { get; } = [Admin, Clinician, Maya, Leo, Supporter];

    public static IReadOnlyList<DemoAccount> Patients { get; } = [Maya, Leo];
}
