using FsCheck;
using FsCheck.Fluent;
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
/// Stored wins are always the rules applied to the journal as it is: after any sequence of saves,
/// edits and deletes (through the real use cases, on SQLite), recomputing from scratch changes nothing.
/// </summary>
public sealed class StoredWinsPropertyTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    private const int DaysInPlay = 45;

    public abstract record Operation;

    public sealed record Save(int DaysAgo, int? Pain, int? Sitting, int? Walking, FlareMark Flare, FunctionalWins Wins) : Operation;

    public sealed record Delete(int DaysAgo) : Operation;

    private static readonly Gen<Operation> SaveGen =
        from daysAgo in Gen.Choose(0, DaysInPlay - 1)
        from pain in Maybe(Gen.Choose(0, 10))
        from sitting in Maybe(Gen.Choose(0, 18).Select(v => v * 5))
        from walking in Maybe(Gen.Choose(0, 30).Select(v => v * 100))
        from flare in Gen.Frequency((12, Gen.Constant(FlareMark.None)), (2, Gen.Constant(FlareMark.Start)), (2, Gen.Constant(FlareMark.End)), (1, Gen.Constant(FlareMark.StartEnd)))
        from wins in Gen.Frequency((3, Gen.Constant(FunctionalWins.None)), (1, Gen.Choose(0, 31).Select(v => (FunctionalWins)v)))
        select (Operation)new Save(daysAgo, pain, sitting, walking, flare, wins);

    private static readonly Gen<Operation> DeleteGen = Gen.Choose(0, DaysInPlay - 1).Select(d => (Operation)new Delete(d));

    private static readonly Arbitrary<Operation[]> Sequences = Arb.From(
        from count in Gen.Choose(5, 60)
        from ops in Gen.ArrayOf(Gen.Frequency((6, SaveGen), (1, DeleteGen)), count)
        select ops);

    [Property(MaxTest = 25)]
    public Property Stored_wins_equal_a_recomputation_after_any_sequence_of_saves_edits_and_deletes() =>
        Prop.ForAll(Sequences, operations =>
        {
            var patient = CreatePatientAsync().GetAwaiter().GetResult();
            foreach (var operation in operations)
            {
                ApplyAsync(patient, operation).GetAwaiter().GetResult();
            }

            var (stored, recomputed) = CompareAsync(patient).GetAwaiter().GetResult();
            Assert.Equal(recomputed, stored);
        });

    /// <summary>Saves of one patient running side by side (they queue for the write lock, PostgreSQL's row locks included).</summary>
    [Property(MaxTest = 10)]
    public Property Stored_wins_equal_a_recomputation_after_saves_that_ran_at_the_same_time() =>
        Prop.ForAll(Sequences, operations =>
        {
            var patient = CreatePatientAsync().GetAwaiter().GetResult();
            var saves = operations.OfType<Save>().Select(save => Task.Run(() => UseCasePatients.SaveAsync(factory, patient, patient.Today.AddDays(-save.DaysAgo), Changes(save))));
            Task.WhenAll(saves).GetAwaiter().GetResult();

            var (stored, recomputed) = CompareAsync(patient).GetAwaiter().GetResult();
            Assert.Equal(recomputed, stored);
        });

    private static EntryChanges Changes(Save save) =>
        new() { Pain = save.Pain, SittingMinutes = save.Sitting, WalkingMeters = save.Walking, Flare = save.Flare, FunctionalWins = save.Wins };

    private Task<PatientContext> CreatePatientAsync() => UseCasePatients.CreateAsync(factory, "Europe/Berlin");

    private async Task ApplyAsync(PatientContext patient, Operation operation)
    {
        switch (operation)
        {
            case Save save:
                var outcome = await UseCasePatients.SaveAsync(factory, patient, patient.Today.AddDays(-save.DaysAgo), Changes(save));
                Assert.IsNotType<SaveEntryOutcome.Conflict>(outcome);
                break;
            case Delete delete:
                await UseCasePatients.DeleteAsync(factory, patient, patient.Today.AddDays(-delete.DaysAgo));
                break;
        }
    }

    private async Task<(List<Win> Stored, List<Win> Recomputed)> CompareAsync(PatientContext patient)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = (await db.Wins.AsNoTracking().Where(w => w.PatientId == patient.PatientId).ToListAsync())
            .Select(w => w.ToDomain()).OrderBy(w => w.Date).ThenBy(w => WinKeys.Of(w.Kind), StringComparer.Ordinal).ThenBy(w => w.Metric, StringComparer.Ordinal).ThenBy(w => WinKeys.Of(w.Window), StringComparer.Ordinal).ToList();
        var journal = await scope.ServiceProvider.GetRequiredService<PatientJournalLoader>().LoadAsync(patient.PatientId, patient.DistanceUnit);
        return (stored, WinDetector.Detect(journal).ToList());
    }

    private static Gen<int?> Maybe(Gen<int> gen) => Gen.Frequency((1, Gen.Constant<int?>(null)), (3, gen.Select(v => (int?)v)));
}
