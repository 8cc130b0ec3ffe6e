using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;

namespace Healactively.Bench;

/// <summary>
/// Deterministic, realistic journals for benchmarks: two years of a recovery (pain drifting down, sitting and walking
/// drifting up, all with day-to-day noise), days and whole weeks not journaled, values not recorded on some days,
/// a flare-up every month or two (sometimes never marked over, so the next start is refused),
/// functional wins ticked now and then, and one custom metric.
/// </summary>
public static class RealisticJournals
{
    public static readonly DateOnly FirstDay = new(2024, 1, 1);

    public static readonly CustomMetric PostureAngle =
        new("posture_angle", "posture angle", "degrees", Direction.HigherIsBetter, minStep: 2m, clinicallyImportantChange: 5m);

    public static IReadOnlyList<MetricDefinition> Metrics { get; } = [.. BuiltInMetrics.All, PostureAngle];

    // One read-only dictionary per distinct custom value (30.0 … 60.0 by 0.1), shared by the entries that record it,
    // so 10,000 two-year journals fit in memory; the detector reads them exactly as it reads per-entry dictionaries.
    private static readonly IReadOnlyDictionary<string, decimal>[] PostureValues = Enumerable.Range(300, 301)
        .Select(tenths => (IReadOnlyDictionary<string, decimal>)new Dictionary<string, decimal> { [PostureAngle.Key] = tenths / 10m })
        .ToArray();

    private static readonly IReadOnlyDictionary<string, decimal> NoCustomValues = new Dictionary<string, decimal>();

    /// <summary><paramref name="count"/> journals of <paramref name="days"/> days each, the same for the same seed.</summary>
    public static PatientJournal[] Create(int count, int days, int seed)
    {
        var random = new Random(seed);
        var journals = new PatientJournal[count];
        for (var i = 0; i < journals.Length; i++)
        {
            journals[i] = Create(random, days);
        }

        return journals;
    }

    public static PatientJournal Create(Random random, int days)
    {
        ArgumentNullException.ThrowIfNull(random);
        var entries = new List<JournalEntry>(days);
        var skipUntil = -1;
        var nextFlare = random.Next(10, 60);
        var flareEnd = -1;
        var unit = random.Next(4) == 0 ? DistanceUnit.Miles : DistanceUnit.Kilometres;

        for (var day = 0; day < days; day++)
        {
            // Away for a few days now and then, or just a day missed.
            if (day < skipUntil || random.NextDouble() < 0.08)
            {
                continue;
            }

            if (random.NextDouble() < 0.01)
            {
                skipUntil = day + random.Next(3, 12);
            }

            var progress = (double)day / days;
            var flare = FlareMark.None;
            if (day >= nextFlare && flareEnd < 0)
            {
                var length = random.Next(0, 10);
                flare = length == 0 ? FlareMark.StartEnd : FlareMark.Start;
                flareEnd = length == 0 || random.NextDouble() < 0.05 ? -1 : day + length; // 5 %: never marked over
                nextFlare = day + random.Next(30, 70);
            }
            else if (flareEnd >= 0 && day >= flareEnd)
            {
                flare = FlareMark.End;
                flareEnd = -1;
            }

            var inFlare = flareEnd >= 0 ? 2 : 0;
            entries.Add(new JournalEntry(FirstDay.AddDays(day))
            {
                Pain = Recorded(random, 0.9, Math.Clamp((int)Math.Round(7 - (4 * progress) + inFlare + Noise(random, 1.2)), 0, 10)),
                SittingMinutes = Recorded(random, 0.8, Math.Clamp((int)Math.Round(20 + (40 * progress) - (5 * inFlare) + Noise(random, 8)), 0, 1440)),
                WalkingMeters = Recorded(random, 0.7, Math.Clamp((int)Math.Round((500 + (2500 * progress) + Noise(random, 300)) / 10) * 10, 0, 100_000)),
                Flare = flare,
                FunctionalWins = Ticks(random, 0.1 + (0.2 * progress)),
                CustomValues = random.NextDouble() < 0.5 ? Posture(35 + (15 * progress) + Noise(random, 2)) : NoCustomValues,
            });
        }

        return new PatientJournal(entries, Metrics, unit);
    }

    /// <summary>The shared values of a posture angle in degrees, to one decimal, within 30 … 60.</summary>
    private static IReadOnlyDictionary<string, decimal> Posture(double degrees) =>
        PostureValues[Math.Clamp((int)Math.Round(degrees * 10) - 300, 0, PostureValues.Length - 1)];

    private static int? Recorded(Random random, double probability, int value) => random.NextDouble() < probability ? value : null;

    private static double Noise(Random random, double spread) => (random.NextDouble() - 0.5) * 2 * spread;

    private static FunctionalWins Ticks(Random random, double probability)
    {
        var ticked = FunctionalWins.None;
        foreach (var item in FunctionalWinCatalog.All)
        {
            if (random.NextDouble() < probability)
            {
                ticked |= item.Flag;
            }
        }

        return ticked;
    }
}
