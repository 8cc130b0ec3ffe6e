using System.Globalization;
using Healactively.Domain.Journal;

namespace Healactively.Web.Features.Journal;

/// <summary>A one-line description of a day's numbers, for lists and confirmations.</summary>
public static class EntrySummary
{
    public static string Describe(int? pain, int? sittingMinutes, int? walkingMeters, DistanceUnit unit)
    {
        var parts = new List<string>(3);
        if (pain is { } p)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"pain {p}/10"));
        }

        if (sittingMinutes is { } s)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"sat {s} min"));
        }

        if (walkingMeters is { } w)
        {
            var distance = DistanceConversion.FromMetres(w, unit).ToString("0.##", CultureInfo.InvariantCulture);
            parts.Add($"walked {distance} {DistanceConversion.UnitLabel(unit)}");
        }

        return parts.Count == 0 ? "No numbers recorded." : string.Join(" · ", parts);
    }
}
