using System.Globalization;
using System.Text;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;

namespace Healactively.Web.Tests.Journal;

/// <summary>
/// Deterministic recovery journals for the CSV tests, written as CSV here (independently of the app's writer), and the
/// wins CSV rows the spec's rules give for them (computed by the domain's <see cref="WinDetector"/>).
/// </summary>
internal static class TestJournals
{
    /// <summary>The factory's clock is 2026-11-25 12:00 UTC: today in London.</summary>
    public static readonly DateOnly Today = new(2026, 11, 25);

    public const string Header =
        "date,pain,sitting_minutes,walking_meters,flare,stood_without_wincing,slept_through_night,carried_without_hesitation,walked_confidently,did_avoided_movement,easier_today,triggers,helped";

    public const string WinsHeader = "date,kind,metric,window,baseline,value,delta,tier,message";

    /// <summary>Flare marks by day of each 120-day cycle: a 6-day flare, a faster 4-day one, then one over the same day.</summary>
    public static readonly IReadOnlyDictionary<int, FlareMark> FlareDays = new Dictionary<int, FlareMark>
    {
        [30] = FlareMark.Start,
        [36] = FlareMark.End,
        [70] = FlareMark.Start,
        [74] = FlareMark.End,
        [100] = FlareMark.StartEnd,
    };

    private static readonly string[] Notes =
    [
        "Putting on socks, finally",
        "Said \"yes\" to a short walk",
        "Getting out of bed\nwithout help",
        "Tying my shoelaces",
        "Loading the dishwasher",
    ];

    private static readonly string[] TriggerTags = ["long drive", "gardening", "poor sleep"];
    private static readonly string[] HelpedTags = ["walk", "heat pack", "stretching"];

    /// <summary>
    /// <paramref name="days"/> days ending on <paramref name="last"/>: pain easing from about 6 to 3, sitting and walking
    /// growing, some days missed (never the first 10, the flare marks or the last day), flare-ups as in
    /// <see cref="FlareDays"/>, functional wins ticked more often as time goes on, some notes and tags.
    /// Walks are whole multiples of 50 m so that the journal form (which shows km with 2 decimals) keeps them exactly.
    /// </summary>
    public static List<JournalEntry> Recovery(DateOnly last, int days, double missedDayChance = 0.12, int seed = 20261125)
    {
        var random = new Random(seed);
        var first = last.AddDays(-(days - 1));
        var entries = new List<JournalEntry>(days);
        var period = Math.Min(days, 365);
        for (var i = 0; i < days; i++)
        {
            var cycleDay = i % 120;
            var mark = FlareDays.GetValueOrDefault(cycleDay);
            var flaring = cycleDay is (>= 30 and < 36) or (>= 70 and < 74);
            var skip = random.NextDouble() < missedDayChance;
            if (skip && mark == FlareMark.None && i >= 10 && i != days - 1)
            {
                continue;
            }

            var progress = (double)(i % period) / Math.Max(1, period - 1);
            var pain = random.NextDouble() < 0.05 ? (int?)null
                : Math.Clamp((int)Math.Round(6 - (3 * progress)) + random.Next(-1, 2) + (flaring ? 2 : 0), 0, 10);
            var sitting = random.NextDouble() < 0.08 ? (int?)null
                : Math.Max(0, 20 + (int)(40 * progress) + random.Next(-8, 9) - (flaring ? 10 : 0));
            var walking = random.NextDouble() < 0.10 ? (int?)null
                : Math.Max(0, (800 + (int)(1700 * progress) + random.Next(-300, 301)) / 50 * 50);
            var ticked = FunctionalWins.None;
            foreach (var item in FunctionalWinCatalog.All)
            {
                if (random.NextDouble() < 0.1 + (0.4 * progress) && !flaring)
                {
                    ticked |= item.Flag;
                }
            }

            var note = random.NextDouble() < 0.15 && !flaring ? Notes[random.Next(Notes.Length)] : null;
            string[] triggers = mark == FlareMark.Start || random.NextDouble() < 0.1 ? [TriggerTags[random.Next(TriggerTags.Length)]] : [];
            string[] helped = random.NextDouble() < 0.3 ? [.. new[] { HelpedTags[random.Next(3)], HelpedTags[random.Next(3)] }.Distinct()] : [];

            entries.Add(new JournalEntry(first.AddDays(i))
            {
                Pain = pain,
                SittingMinutes = sitting,
                WalkingMeters = walking,
                Flare = mark,
                FunctionalWins = ticked,
                EasierToday = note,
                Triggers = triggers,
                Helped = helped,
            });
        }

        return entries;
    }

    /// <summary>The journal as a patient's spreadsheet would save it: LF line endings, flags as 0/1, tags joined with ";".</summary>
    public static string ToCsv(IEnumerable<JournalEntry> entries, string newLine = "\n")
    {
        var csv = new StringBuilder(Header).Append(newLine);
        foreach (var e in entries)
        {
            csv.Append(string.Join(',',
                e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Number(e.Pain), Number(e.SittingMinutes), Number(e.WalkingMeters),
                e.Flare switch { FlareMark.Start => "start", FlareMark.End => "end", FlareMark.StartEnd => "start_end", _ => "" },
                Flag(e, FunctionalWins.StoodWithoutWincing), Flag(e, FunctionalWins.SleptThroughNight), Flag(e, FunctionalWins.CarriedWithoutHesitation),
                Flag(e, FunctionalWins.WalkedConfidently), Flag(e, FunctionalWins.DidAvoidedMovement),
                Field(e.EasierToday ?? ""), Field(string.Join(';', e.Triggers)), Field(string.Join(';', e.Helped))))
                .Append(newLine);
        }

        return csv.ToString();
    }

    /// <summary>The wins CSV rows (without the header) that the rules give for the journal, in the spec's order.</summary>
    public static string[] ExpectedWinRows(IEnumerable<JournalEntry> entries, DistanceUnit unit = DistanceUnit.Kilometres) =>
        [.. WinDetector.Detect(new PatientJournal(entries, BuiltInMetrics.All, unit))
            .OrderBy(w => w.Date)
            .ThenBy(w => WinKeys.Of(w.Kind), StringComparer.Ordinal)
            .ThenBy(w => w.Metric, StringComparer.Ordinal)
            .ThenBy(w => WinKeys.Of(w.Window), StringComparer.Ordinal)
            .Select(WinRow)];

    public static string WinRow(Win win) => string.Join(',',
        win.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        WinKeys.Of(win.Kind), win.Metric, WinKeys.Of(win.Window),
        Number(win.Baseline), Number(win.Value), Number(win.Delta),
        WinKeys.Of(win.Tier), Field(win.Message));

    /// <summary>A CSV field as RFC 4180 writes it: quoted (inner quotes doubled) when it holds a comma, a quote or a line break.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Number(decimal? value) => value is { } v ? MetricFormat.FormatNumber(v) : "";

    private static string Flag(JournalEntry entry, FunctionalWins flag) => entry.FunctionalWins.HasFlag(flag) ? "1" : "0";
}
