using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Web.Features.Journal;

/// <summary>The journal CSV's columns (spec: csv-formats.md), in the order the export writes them.</summary>
public static class JournalCsvColumns
{
    public const string Date = "date";
    public const string Pain = BuiltInMetrics.PainKey;
    public const string SittingMinutes = BuiltInMetrics.SittingKey;
    public const string WalkingMeters = BuiltInMetrics.WalkingKey;
    public const string Flare = "flare";
    public const string EasierToday = "easier_today";
    public const string Triggers = "triggers";
    public const string Helped = "helped";

    public const string FlareStart = "start";
    public const string FlareEnd = "end";
    public const string FlareStartEnd = "start_end";

    /// <summary>The tag separator inside <see cref="Triggers"/> and <see cref="Helped"/>.</summary>
    public const char TagSeparator = ';';

    /// <summary>The journal's own columns; the patient's custom metric keys follow them.</summary>
    public static IReadOnlyList<string> Journal { get; } =
    [
        Date, Pain, SittingMinutes, WalkingMeters, Flare,
        .. FunctionalWinCatalog.All.Select(i => i.Key),
        EasierToday, Triggers, Helped,
    ];

    /// <summary>True for a name the journal itself uses (a custom metric with this key cannot have a column of its own).</summary>
    public static bool IsJournalColumn(string name) => Journal.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static string FlareText(FlareMark mark) => mark switch
    {
        FlareMark.Start => FlareStart,
        FlareMark.End => FlareEnd,
        FlareMark.StartEnd => FlareStartEnd,
        _ => string.Empty,
    };

    /// <summary>Reads a flare cell (case-insensitive; empty is no mark).</summary>
    public static bool TryParseFlare(string text, out FlareMark mark)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var candidate in Enum.GetValues<FlareMark>())
        {
            if (string.Equals(FlareText(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                mark = candidate;
                return true;
            }
        }

        mark = FlareMark.None;
        return false;
    }
}
