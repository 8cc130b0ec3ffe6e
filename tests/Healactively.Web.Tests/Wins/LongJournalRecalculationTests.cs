using Healactively.Domain.Journal;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Wins;

/// <summary>
/// Issue 19: a save recomputes only the wins an edit can change. On a long journal (400 days: a 200-day streak, flare-ups
/// every 40 days), edits at its start, in its middle and at its end (a value, a gap that breaks the streak, a flare-up
/// made longer, an unchanged repeat) leave the stored wins equal to a recomputation of the whole journal from scratch.
/// </summary>
public sealed class LongJournalRecalculationTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const int Days = 400;

    public static TheoryData<int> EditedDaysAgo() => new() { Days, Days - 35, Days / 2, 45, 12, 0 };

    [Theory]
    [MemberData(nameof(EditedDaysAgo))]
    public async Task Stored_wins_equal_a_full_recomputation_after_edits_anywhere_in_a_400_day_journal(int daysAgo)
    {
        var patient = await UseCasePatients.CreateAsync(factory, "Europe/London");
        await SeedAsync(patient);
        var seeded = await AssertStoredEqualsRecomputedAsync(patient);
        Assert.Contains(seeded, w => w.Kind == WinKind.Streak && w.Value == 180m);
        Assert.Contains(seeded, w => w.Kind == WinKind.FlareRecoveryFaster);
        var day = patient.Today.AddDays(-daysAgo);

        // A changed value, then the same form again (nothing written), then a gap that breaks the streak, then the day back.
        Assert.IsType<SaveEntryOutcome.Saved>(await UseCasePatients.SaveAsync(factory, patient, day, new EntryChanges { Pain = 1, SittingMinutes = 90, WalkingMeters = 4000 }));
        await AssertStoredEqualsRecomputedAsync(patient);
        Assert.IsType<SaveEntryOutcome.Saved>(await UseCasePatients.SaveAsync(factory, patient, day, new EntryChanges { Pain = 1, SittingMinutes = 90, WalkingMeters = 4000 }));
        await AssertStoredEqualsRecomputedAsync(patient);
        Assert.NotNull(await UseCasePatients.DeleteAsync(factory, patient, day));
        await AssertStoredEqualsRecomputedAsync(patient);
        Assert.IsType<SaveEntryOutcome.Saved>(await UseCasePatients.SaveAsync(factory, patient, day, new EntryChanges { Pain = 6 }));
        await AssertStoredEqualsRecomputedAsync(patient);
    }

    [Fact]
    public async Task Moving_the_end_of_the_first_flare_up_changes_the_wins_of_flare_ups_a_year_later_as_a_recomputation_does()
    {
        var patient = await UseCasePatients.CreateAsync(factory, "Europe/London");
        await SeedAsync(patient);
        var firstEnd = FlareEnds(patient).First();
        var before = await AssertStoredEqualsRecomputedAsync(patient);

        // The first flare-up ends 10 days later (13 days instead of 3): the next ones now recover faster than it.
        Assert.IsType<SaveEntryOutcome.Saved>(await UseCasePatients.SaveAsync(factory, patient, firstEnd, new EntryChanges { Pain = 5 }));
        Assert.IsType<SaveEntryOutcome.Saved>(await UseCasePatients.SaveAsync(factory, patient, firstEnd.AddDays(10), new EntryChanges { Pain = 5, Flare = FlareMark.End }));

        var after = await AssertStoredEqualsRecomputedAsync(patient);
        Assert.NotEqual(before.Where(w => w.Kind == WinKind.FlareRecoveryFaster), after.Where(w => w.Kind == WinKind.FlareRecoveryFaster));
    }

    private static IEnumerable<DateOnly> FlareEnds(PatientContext patient) =>
        Enumerable.Range(1, Days).Where(d => FlareOn(d) == FlareMark.End).OrderDescending().Select(d => patient.Today.AddDays(-d));

    /// <summary>A flare-up starts every 40 days and is over 3 or 4 days later (alternately), so recoveries compare both ways.</summary>
    private static FlareMark FlareOn(int daysAgo) => (daysAgo % 40) switch
    {
        10 => FlareMark.Start,
        7 when daysAgo % 80 == 47 => FlareMark.End,
        6 when daysAgo % 80 != 46 => FlareMark.End,
        _ => FlareMark.None,
    };

    /// <summary>
    /// 400 days of an improving journal through the real save use case, oldest first: every day journaled for the last 200 days
    /// (streak wins at 7 … 180), a gap every 13th day before that, a flare-up every 40 days lasting 3 or 4 days.
    /// </summary>
    private async Task SeedAsync(PatientContext patient)
    {
        var random = new Random(19);
        var entries = new List<JournalEntry>();
        for (var d = Days; d >= 1; d--)
        {
            if (d > 200 && d % 13 == 0)
            {
                continue;
            }

            var progress = (Days - d) / (double)Days;
            entries.Add(new JournalEntry(patient.Today.AddDays(-d))
            {
                Pain = Math.Clamp((int)Math.Round(7 - (4 * progress)) + random.Next(-1, 2), 0, 10),
                SittingMinutes = (int)(20 + (40 * progress)) + random.Next(-8, 9),
                WalkingMeters = random.Next(4) == 0 ? null : (int)(500 + (2500 * progress)) + random.Next(-300, 301),
                FunctionalWins = random.Next(5) == 0 ? FunctionalWins.StoodWithoutWincing : FunctionalWins.None,
                Flare = FlareOn(d),
            });
        }

        using var scope = factory.Services.CreateScope();
        foreach (var entry in entries)
        {
            // Saved oldest first, as a patient journals: each save recomputes the wins from its day on.
            Assert.IsType<SaveEntryOutcome.Saved>(await scope.ServiceProvider.GetRequiredService<SaveEntry>().RunAsync(patient, entry.Date, null, new EntryChanges
            {
                Pain = entry.Pain,
                SittingMinutes = entry.SittingMinutes,
                WalkingMeters = entry.WalkingMeters,
                FunctionalWins = entry.FunctionalWins,
                Flare = entry.Flare,
            }));
        }
    }

    private async Task<List<Win>> AssertStoredEqualsRecomputedAsync(PatientContext patient)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = (await db.Wins.AsNoTracking().Where(w => w.PatientId == patient.PatientId).ToListAsync())
            .Select(w => w.ToDomain()).OrderBy(w => w.Date).ThenBy(w => WinKeys.Of(w.Kind), StringComparer.Ordinal).ThenBy(w => w.Metric, StringComparer.Ordinal).ThenBy(w => WinKeys.Of(w.Window), StringComparer.Ordinal).ToList();
        var journal = await scope.ServiceProvider.GetRequiredService<PatientJournalLoader>().LoadAsync(patient.PatientId, patient.DistanceUnit);
        var recomputed = WinDetector.Detect(journal).ToList();
        Assert.Equal(recomputed, stored);
        return recomputed;
    }
}
