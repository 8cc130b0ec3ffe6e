using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Domain.Tests.Support;

/// <summary>A generated journal that prints as a readable table when a property fails.</summary>
internal sealed record GeneratedJournal(IReadOnlyList<JournalEntry> Entries, IReadOnlyList<MetricDefinition> Metrics, DistanceUnit DistanceUnit)
{
    public DateOnly First => Entries.Count == 0 ? JournalGenerators.Start : Entries[0].Date;

    public DateOnly Last => Entries.Count == 0 ? JournalGenerators.Start : Entries[^1].Date;

    public PatientJournal ToJournal() => new(Entries, Metrics, DistanceUnit);

    /// <summary>The same journal without the entries after <paramref name="cut"/>.</summary>
    public PatientJournal Until(DateOnly cut) => new(Entries.Where(e => e.Date <= cut), Metrics, DistanceUnit);

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Entries.Count} entries, metrics {string.Join(',', Metrics.Select(m => m.Key))}, {DistanceUnit}\n");
        foreach (var e in Entries)
        {
            var custom = string.Join(' ', e.CustomValues.Select(kv => $"{kv.Key}={kv.Value.ToString(CultureInfo.InvariantCulture)}"));
            text.Append(CultureInfo.InvariantCulture,
                $"{e.Date:yyyy-MM-dd} pain={e.Pain} sit={e.SittingMinutes} walk={e.WalkingMeters} flare={e.Flare} wins={(int)e.FunctionalWins} {custom}\n");
        }

        return text.ToString();
    }
}

/// <summary>
/// Realistic journals for property tests: up to ~110 entries over a few months, mostly daily with random gaps
/// (sometimes longer than a month), values missing at random, values with many ties and threshold hits,
/// flare marks that may be invalid, random functional wins, sometimes two custom metrics.
/// </summary>
internal static class JournalGenerators
{
    public static readonly DateOnly Start = new(2026, 1, 1);

    private static readonly CustomMetric Posture =
        new("posture_angle", "posture angle", "degrees", Direction.HigherIsBetter, 2.5m, 8m);

    private static readonly CustomMetric Stiffness =
        new("stiffness", "morning stiffness", "minutes", Direction.LowerIsBetter, 0.5m, null);

    private static readonly Gen<int> Gap = Gen.Frequency(
        (24, Gen.Constant(1)), (6, Gen.Choose(2, 3)), (1, Gen.Choose(4, 40)));

    private static readonly Gen<int?> Pain = Maybe(Gen.Choose(0, 10));

    // Multiples of 5 minutes and 100 m: many ties and many deltas exactly on a threshold.
    private static readonly Gen<int?> Sitting = Maybe(Gen.Frequency(
        (9, Gen.Choose(0, 24).Select(v => v * 5)), (1, Gen.Choose(0, 1440))));

    private static readonly Gen<int?> Walking = Maybe(Gen.Frequency(
        (9, Gen.Choose(0, 40).Select(v => v * 100)), (1, Gen.Choose(0, 100_000))));

    private static readonly Gen<decimal?> Custom = Maybe(Gen.Choose(300, 450)).Select(v => v / 10m);

    private static readonly Gen<FlareMark> Flare = Gen.Frequency(
        (24, Gen.Constant(FlareMark.None)), (2, Gen.Constant(FlareMark.Start)),
        (2, Gen.Constant(FlareMark.End)), (1, Gen.Constant(FlareMark.StartEnd)));

    private static readonly Gen<FunctionalWins> Flags = Gen.Frequency(
        (4, Gen.Constant(FunctionalWins.None)), (2, Gen.Elements(FunctionalWinCatalog.All.Select(i => i.Flag).ToArray())),
        (1, Gen.Choose(0, 31).Select(v => (FunctionalWins)v)));

    private static readonly Gen<EntryData> Entry =
        from gap in Gap
        from pain in Pain
        from sitting in Sitting
        from walking in Walking
        from flare in Flare
        from flags in Flags
        from posture in Custom
        from stiffness in Custom
        select new EntryData(gap, pain, sitting, walking, flare, flags, posture, stiffness);

    public static Gen<GeneratedJournal> Journal { get; } =
        from count in Gen.Choose(0, 110)
        from data in Gen.ArrayOf(Entry, count)
        from custom in Gen.Elements(false, true)
        from unit in Gen.Elements(DistanceUnit.Kilometres, DistanceUnit.Miles)
        select Build(data, custom, unit);

    /// <summary>A journal and a date from a little before its first entry to a little after its last.</summary>
    public static Gen<(GeneratedJournal Journal, DateOnly Date)> JournalAndDate { get; } =
        from journal in Journal
        from offset in Gen.Choose(-3, journal.Last.DayNumber - journal.First.DayNumber + 3)
        select (journal, journal.First.AddDays(offset));

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    private static GeneratedJournal Build(EntryData[] data, bool withCustomMetrics, DistanceUnit unit)
    {
        var entries = new List<JournalEntry>(data.Length);
        var date = Start.AddDays(-1);
        foreach (var d in data)
        {
            date = date.AddDays(d.Gap);
            var custom = new Dictionary<string, decimal>();
            if (d.Posture is { } posture)
            {
                custom[Posture.Key] = posture;
            }

            if (d.Stiffness is { } stiffness)
            {
                custom[Stiffness.Key] = stiffness;
            }

            entries.Add(new JournalEntry(date)
            {
                Pain = d.Pain,
                SittingMinutes = d.Sitting,
                WalkingMeters = d.Walking,
                Flare = d.Flare,
                FunctionalWins = d.Flags,
                CustomValues = custom,
            });
        }

        IReadOnlyList<MetricDefinition> metrics = withCustomMetrics ? [.. BuiltInMetrics.All, Posture, Stiffness] : BuiltInMetrics.All;
        return new GeneratedJournal(entries, metrics, unit);
    }

    private sealed record EntryData(
        int Gap, int? Pain, int? Sitting, int? Walking, FlareMark Flare, FunctionalWins Flags, decimal? Posture, decimal? Stiffness);
}
