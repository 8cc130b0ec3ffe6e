using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;

namespace Healactively.Web.Features.Supporters;

/// <summary>A subject a patient can share, as the form offers it.</summary>
public sealed record SubjectChoice(string Key, string Label, bool Chosen);

/// <summary>
/// What a supporter link shares, as stored in <c>SupporterLink.Subjects</c>: space-separated keys. The built-in ones
/// are <c>sitting walking functional streak flare pain</c>; a patient's own metric is shared by its metric key. The
/// default is the least: everything but pain and the patient's own metrics. Whatever the stored text holds, only
/// known keys count, so a stale or forged key shares nothing.
/// </summary>
public static class SupporterSubjects
{
    public const string Sitting = "sitting";
    public const string Walking = "walking";
    public const string Functional = "functional";
    public const string Streak = "streak";
    public const string Flare = "flare";
    public const string Pain = "pain";

    /// <summary>The built-in subjects in the order of the journal form, with their labels.</summary>
    public static IReadOnlyList<(string Key, string Label)> BuiltIn { get; } =
    [
        (Sitting, "Sitting"),
        (Walking, "Walking"),
        (Functional, "Functional wins (stood up without wincing, slept through the night, …)"),
        (Streak, "Journaling streaks"),
        (Flare, "Faster flare-up recovery"),
        (Pain, "Pain"),
    ];

    /// <summary>Sitting, walking, functional wins, streaks and flare recovery; never pain or a patient's own metric unless ticked.</summary>
    public static IReadOnlyList<string> Default { get; } = [Sitting, Walking, Functional, Streak, Flare];

    /// <summary>The known keys among <paramref name="stored"/> (built-in keys, and <paramref name="customKeys"/>), in a stable order.</summary>
    public static IReadOnlyList<string> Parse(string? stored, IEnumerable<string> customKeys)
    {
        var given = (stored ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        return [.. BuiltIn.Select(b => b.Key).Concat(customKeys).Where(given.Contains).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The chosen keys that are known, as stored.</summary>
    public static string Format(IEnumerable<string>? chosen, IEnumerable<string> customKeys) =>
        string.Join(' ', Parse(string.Join(' ', chosen ?? []), customKeys));

    /// <summary>The metric keys of the stored wins a link shares (a win's <c>Metric</c> column).</summary>
    public static IReadOnlyList<string> WinMetricKeys(IEnumerable<string> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        var keys = new List<string>();
        foreach (var subject in subjects)
        {
            switch (subject)
            {
                case Sitting: keys.Add(BuiltInMetrics.SittingKey); break;
                case Walking: keys.Add(BuiltInMetrics.WalkingKey); break;
                case Pain: keys.Add(BuiltInMetrics.PainKey); break;
                case Streak: keys.Add(WinKeys.StreakMetric); break;
                case Flare: keys.Add(WinKeys.FlareMetric); break;
                case Functional: keys.AddRange(FunctionalWinCatalog.All.Select(i => i.Key)); break;
                default: keys.Add(subject); break; // a patient's own metric, already checked by Parse
            }
        }

        return keys;
    }

    /// <summary>What a supporter sees, in words: "sitting, walking and streaks" (custom metrics by their names).</summary>
    public static string Words(IReadOnlyList<string> subjects, bool weekSummary, IReadOnlyDictionary<string, string> customNames)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(customNames);
        var parts = subjects.Select(s => s switch
        {
            Sitting => "sitting",
            Walking => "walking",
            Functional => "functional wins",
            Streak => "journaling streaks",
            Flare => "faster flare-up recovery",
            Pain => "pain",
            _ => customNames.GetValueOrDefault(s, s),
        }).ToList();
        var wins = parts.Count switch
        {
            0 => null,
            1 => $"wins about {parts[0]}",
            _ => $"wins about {string.Join(", ", parts[..^1])} and {parts[^1]}",
        };
        return (wins, weekSummary) switch
        {
            (null, false) => "nothing yet",
            (null, true) => "the week summary",
            (_, true) => $"{wins}, and the week summary",
            _ => wins,
        };
    }

    /// <summary>The choices the form offers: the built-in subjects, then the patient's own metrics.</summary>
    public static IReadOnlyList<SubjectChoice> Choices(IReadOnlyList<string> chosen, IReadOnlyList<(string Key, string Name)> customMetrics)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        ArgumentNullException.ThrowIfNull(customMetrics);
        return
        [
            .. BuiltIn.Select(b => new SubjectChoice(b.Key, b.Label, chosen.Contains(b.Key))),
            .. customMetrics.Select(m => new SubjectChoice(m.Key, $"{m.Name} (your own metric)", chosen.Contains(m.Key))),
        ];
    }
}
