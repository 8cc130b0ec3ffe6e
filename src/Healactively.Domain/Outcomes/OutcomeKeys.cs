using System.Globalization;

namespace Healactively.Domain.Outcomes;

/// <summary>The metric keys of outcome wins: <c>psfs</c>, <c>peg</c>, and <c>psfs:{activity id}</c> for one activity.</summary>
public static class OutcomeKeys
{
    public const string Psfs = "psfs";
    public const string Peg = "peg";
    public const string ActivityPrefix = "psfs:";

    public static string Activity(long id) => ActivityPrefix + id.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseActivity(string? key, out long id)
    {
        id = 0;
        return key is not null
            && key.StartsWith(ActivityPrefix, StringComparison.Ordinal)
            && long.TryParse(key.AsSpan(ActivityPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }

    public static bool IsOutcome(string key) =>
        key is Psfs or Peg || key.StartsWith(ActivityPrefix, StringComparison.Ordinal);
}
