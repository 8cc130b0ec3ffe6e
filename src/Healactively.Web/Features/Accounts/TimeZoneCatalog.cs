using Healactively.Domain.Calendar;

namespace Healactively.Web.Features.Accounts;

/// <summary>The IANA zones a patient can choose, grouped for a readable list.</summary>
public static class TimeZoneCatalog
{
    private static readonly Lazy<IReadOnlyList<string>> Zones = new(() =>
        TimeZoneInfo.GetSystemTimeZones()
            .Where(z => z.HasIanaId)
            .Select(z => z.Id)
            .Where(id => id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal))
            .Append("UTC")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray());

    public static IReadOnlyList<string> All => Zones.Value;

    public static bool IsValid(string? id) => PatientCalendar.TryFindZone(id, out _);
}
