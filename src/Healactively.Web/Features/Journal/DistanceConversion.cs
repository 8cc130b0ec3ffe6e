using Healactively.Domain.Journal;

namespace Healactively.Web.Features.Journal;

/// <summary>Walks are entered in the patient's unit and stored in whole metres.</summary>
public static class DistanceConversion
{
    public const decimal MetresPerMile = 1609.344m;

    public static string UnitLabel(DistanceUnit unit) => unit == DistanceUnit.Miles ? "miles" : "km";

    public static int ToMetres(decimal value, DistanceUnit unit) =>
        (int)Math.Round(value * (unit == DistanceUnit.Miles ? MetresPerMile : 1000m), MidpointRounding.AwayFromZero);

    public static decimal FromMetres(int metres, DistanceUnit unit) =>
        Math.Round(metres / (unit == DistanceUnit.Miles ? MetresPerMile : 1000m), 2, MidpointRounding.AwayFromZero);

    public static decimal MaxInUnit(DistanceUnit unit) => FromMetres(JournalLimits.WalkingMetersMax, unit);
}
