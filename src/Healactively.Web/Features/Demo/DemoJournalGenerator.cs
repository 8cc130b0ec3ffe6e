using Healactively.Domain.Journal;
using Healactively.Web.Data.Entities;

namespace Healactively.Web.Features.Demo;

/// <summary>
/// A believable recovery journal, the same for the same seed: pain drifting from about 6 to 3, sitting
/// and walking slowly growing, missed days, two or three flare-ups that heal faster each time, and
/// functional wins, notes and tags that come more often as the weeks go by.
/// </summary>
internal static class DemoJournalGenerator
{
    public const int Days = 120;

    private const double MissedDayChance = 0.12;
    private const double MetresPerMile = 1609.344;

    private static readonly string[] EasierThings =
    [
        "Getting out of the car", "Putting on socks", "Tying my shoelaces", "Getting out of bed",
        "Carrying the shopping in", "Lifting the kettle", "Sitting through a whole film",
        "Loading the dishwasher", "Walking to the shop and back", "Playing on the floor with the kids",
    ];

    private static readonly string[] TriggerTags = ["long drive", "gardening", "poor sleep"];
    private static readonly string[] HelpedTags = ["walk", "heat pack", "stretching"];

    /// <summary>Entries for the <see cref="Days"/> days ending on <paramref name="lastDay"/> (always present), some days left out.</summary>
    public static IReadOnlyList<JournalEntryRecord> Generate(string patientId, int seed, DistanceUnit unit, DateOnly lastDay, DateTimeOffset now)
    {
        var random = new Random(seed);
        var flares = PlanFlares(random);
        var first = lastDay.AddDays(-(Days - 1));
        var entries = new List<JournalEntryRecord>(Days);

        for (var day = 0; day < Days; day++)
        {
            var flare = flares.FirstOrDefault(f => day >= f.Start && day <= f.End);
            var mark = flare is null ? FlareMark.None : day == flare.Start ? FlareMark.Start : day == flare.End ? FlareMark.End : FlareMark.None;
            // Flare marks and the last day (yesterday) are always there; other days are sometimes missed.
            if (mark == FlareMark.None && day < Days - 1 && random.NextDouble() < MissedDayChance)
            {
                continue;
            }

            var progress = day / (double)(Days - 1);
            var flaring = flare is not null && day < flare.End;
            var wave = Math.Sin(day / 9.0);
            var beforeFlare = flares.Any(f => f.Start == day + 1);

            entries.Add(new JournalEntryRecord
            {
                PatientId = patientId,
                Date = first.AddDays(day),
                Pain = Maybe(random, 0.04, () => Pain(random, progress, wave, flaring ? flare!.PainBoost : 0)),
                SittingMinutes = Maybe(random, 0.08, () => Sitting(random, progress, wave, flaring)),
                WalkingMeters = Maybe(random, 0.10, () => Walking(random, progress, wave, flaring, unit)),
                Flare = mark,
                FunctionalWins = Ticked(random, progress, flaring),
                EasierToday = !flaring && random.NextDouble() < 0.04 + (0.14 * progress) ? Pick(random, EasierThings) : null,
                Triggers = Tags.Join(Triggers(random, mark == FlareMark.Start, beforeFlare)),
                Helped = Tags.Join(Helped(random, progress, flaring)),
                Version = 1,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        return entries;
    }

    /// <summary>Two or three flare-ups, one per stretch of the period, each recovering a little faster than the one before.</summary>
    private static List<PlannedFlare> PlanFlares(Random random)
    {
        var count = 2 + random.Next(2);
        const int firstPossible = 10;
        const int lastPossible = Days - 5;
        var stretch = (lastPossible - firstPossible) / count;
        var length = 5 + random.Next(2);
        var flares = new List<PlannedFlare>(count);
        for (var i = 0; i < count; i++)
        {
            var start = firstPossible + (i * stretch) + random.Next(stretch - length - 1);
            flares.Add(new PlannedFlare(start, start + length, PainBoost: 2 + random.Next(2)));
            length = Math.Max(2, length - 1 - random.Next(2));
        }

        return flares;
    }

    private static int Pain(Random random, double progress, double wave, int boost)
    {
        var pain = 6 - (3 * progress) + (0.4 * wave) + (1.4 * Noise(random)) + boost;
        return Math.Clamp((int)Math.Round(pain), JournalLimits.PainMin, JournalLimits.PainMax);
    }

    private static int Sitting(Random random, double progress, double wave, bool flaring)
    {
        var minutes = (20 + (30 * progress) + (3 * wave) + (10 * Noise(random))) * (flaring ? 0.6 : 1);
        return Math.Max(5, (int)Math.Round(minutes / 5) * 5);
    }

    private static int Walking(Random random, double progress, double wave, bool flaring, DistanceUnit unit)
    {
        var metres = (800 + (1700 * progress) + (150 * wave) + (500 * Noise(random))) * (flaring ? 0.5 : 1);
        metres = Math.Max(200, metres);

        // Patients type a rounded distance in their own unit: 1.2 km, or 0.8 miles.
        return unit == DistanceUnit.Miles
            ? (int)Math.Round(Math.Round(metres / MetresPerMile, 1) * MetresPerMile)
            : (int)(Math.Round(metres / 100) * 100);
    }

    private static FunctionalWins Ticked(Random random, double progress, bool flaring)
    {
        var chance = (0.03 + (0.22 * progress)) * (flaring ? 0.2 : 1);
        var ticked = FunctionalWins.None;
        foreach (var item in FunctionalWinCatalog.All)
        {
            if (random.NextDouble() < chance)
            {
                ticked |= item.Flag;
            }
        }

        return ticked;
    }

    private static List<string> Triggers(Random random, bool flareStarts, bool dayBeforeFlare)
    {
        var tags = new List<string>();
        if (flareStarts || (dayBeforeFlare && random.NextDouble() < 0.5) || random.NextDouble() < 0.06)
        {
            tags.Add(Pick(random, TriggerTags));
            var second = Pick(random, TriggerTags);
            if (flareStarts && random.NextDouble() < 0.4 && !tags.Contains(second))
            {
                tags.Add(second);
            }
        }

        return tags;
    }

    private static List<string> Helped(Random random, double progress, bool flaring)
    {
        var tags = new List<string>();
        if (flaring)
        {
            tags.Add("heat pack");
            if (random.NextDouble() < 0.5)
            {
                tags.Add("stretching");
            }
        }
        else if (random.NextDouble() < 0.12 + (0.15 * progress))
        {
            tags.Add(Pick(random, HelpedTags));
        }

        return tags;
    }

    private static int? Maybe(Random random, double missingChance, Func<int> value) =>
        random.NextDouble() < missingChance ? null : value();

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    /// <summary>Roughly normal noise with mean 0 and standard deviation 0.5 (within ±1.5).</summary>
    private static double Noise(Random random) => random.NextDouble() + random.NextDouble() + random.NextDouble() - 1.5;

    private sealed record PlannedFlare(int Start, int End, int PainBoost);
}
