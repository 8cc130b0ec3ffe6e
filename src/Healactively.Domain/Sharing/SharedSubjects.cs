using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;

namespace Healactively.Domain.Sharing;

/// <summary>
/// The subjects a patient ticks for a supporter (stored space-separated, e.g. <c>sitting walking functional streak flare</c>)
/// and which moments each covers: a moment's subject is a metric key, a checklist key, <c>flare</c> or <c>journal</c>.
/// The patient's own metrics are never shared.
/// </summary>
public static class SharedSubjects
{
    public const string Pain = "pain";
    public const string Sitting = "sitting";
    public const string Walking = "walking";
    public const string Functional = "functional";
    public const string Streak = "streak";
    public const string Flare = "flare";

    /// <summary>The shared subject a moment belongs to, or null for a subject that is never shared.</summary>
    public static string? KeyOf(string momentSubject) => momentSubject switch
    {
        BuiltInMetrics.PainKey => Pain,
        BuiltInMetrics.SittingKey => Sitting,
        BuiltInMetrics.WalkingKey => Walking,
        WinKeys.FlareMetric => Flare,
        WinKeys.StreakMetric => Streak,
        _ when FunctionalWinCatalog.FindByKey(momentSubject) is not null => Functional,
        _ => null,
    };

    /// <summary>The ticked subjects of a stored list.</summary>
    public static IReadOnlySet<string> Parse(string? ticked) =>
        new HashSet<string>((ticked ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);

    /// <summary>Whether a moment about <paramref name="momentSubject"/> is among the <paramref name="ticked"/> subjects.</summary>
    public static bool Covers(IReadOnlySet<string> ticked, string momentSubject)
    {
        ArgumentNullException.ThrowIfNull(ticked);
        return KeyOf(momentSubject) is { } key && ticked.Contains(key);
    }

    /// <summary>The moment subjects (as stored on wins) that the <paramref name="ticked"/> subjects cover.</summary>
    public static IReadOnlyList<string> MomentSubjects(IReadOnlySet<string> ticked)
    {
        ArgumentNullException.ThrowIfNull(ticked);
        IEnumerable<string> all = [BuiltInMetrics.PainKey, BuiltInMetrics.SittingKey, BuiltInMetrics.WalkingKey, WinKeys.FlareMetric, WinKeys.StreakMetric,
            .. FunctionalWinCatalog.All.Select(i => i.Key)];
        return [.. all.Where(s => Covers(ticked, s))];
    }
}
