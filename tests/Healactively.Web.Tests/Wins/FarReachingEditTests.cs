using Healactively.Domain.Journal;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Healactively.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Wins;

/// <summary>
/// The spec names D … D+30 and later flare episodes as what an edit on D changes; streaks reach
/// further (a 60-day streak 59 days later). Stored wins must follow every one of them.
/// </summary>
public sealed class FarReachingEditTests(HealactivelyFactory factory) : IClassFixture<HealactivelyFactory>
{
    [Fact]
    public async Task Deleting_the_first_day_of_a_60_day_streak_moves_every_streak_win_even_59_days_later()
    {
        var patient = await CreatePatientAsync();
        var first = patient.Today.AddDays(-59);
        for (var day = first; day <= patient.Today; day = day.AddDays(1))
        {
            await SaveAsync(patient, day, new EntryChanges { Pain = 4 });
        }

        Assert.Equal([(first.AddDays(6), 7m), (first.AddDays(13), 14m), (first.AddDays(29), 30m), (first.AddDays(59), 60m)], await StreaksAsync(patient));

        await DeleteAsync(patient, first);

        var second = first.AddDays(1);
        Assert.Equal([(second.AddDays(6), 7m), (second.AddDays(13), 14m), (second.AddDays(29), 30m)], await StreaksAsync(patient));
    }

    [Fact]
    public async Task Shortening_an_old_flare_changes_the_win_of_a_flare_that_ended_45_days_later()
    {
        var patient = await CreatePatientAsync();
        var oldStart = patient.Today.AddDays(-60);
        await SaveAsync(patient, oldStart, new EntryChanges { Flare = FlareMark.Start });
        await SaveAsync(patient, oldStart.AddDays(5), new EntryChanges { Flare = FlareMark.End });
        var newStart = patient.Today.AddDays(-18);
        await SaveAsync(patient, newStart, new EntryChanges { Flare = FlareMark.Start });
        await SaveAsync(patient, newStart.AddDays(3), new EntryChanges { Flare = FlareMark.End });

        // 3 days against an earlier 5: faster.
        var win = Assert.Single(await FlareWinsAsync(patient));
        Assert.Equal((newStart.AddDays(3), 5m, 3m), win);

        // Move the old flare's end earlier (now 2 days): the recent 3-day recovery is no longer faster.
        await SaveAsync(patient, oldStart.AddDays(2), new EntryChanges { Flare = FlareMark.End });
        await SaveAsync(patient, oldStart.AddDays(5), new EntryChanges());
        Assert.Empty(await FlareWinsAsync(patient));
    }

    private Task<PatientContext> CreatePatientAsync() => UseCasePatients.CreateAsync(factory, "Australia/Sydney");

    private async Task SaveAsync(PatientContext patient, DateOnly date, EntryChanges changes) =>
        Assert.IsType<SaveEntryOutcome.Saved>(await UseCasePatients.SaveAsync(factory, patient, date, changes));

    private async Task DeleteAsync(PatientContext patient, DateOnly date) =>
        Assert.IsType<DeleteEntry.Outcome.Deleted>(await UseCasePatients.DeleteAsync(factory, patient, date));

    private async Task<List<(DateOnly, decimal)>> StreaksAsync(PatientContext patient)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.Wins.AsNoTracking().Where(w => w.PatientId == patient.PatientId && w.Kind == WinKind.Streak).Select(w => new { w.Date, w.Value }).ToListAsync();
        return rows.OrderBy(r => r.Date).Select(r => (r.Date, r.Value!.Value)).ToList();
    }

    private async Task<List<(DateOnly, decimal, decimal)>> FlareWinsAsync(PatientContext patient)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.Wins.AsNoTracking().Where(w => w.PatientId == patient.PatientId && w.Kind == WinKind.FlareRecoveryFaster).Select(w => new { w.Date, w.Baseline, w.Value }).ToListAsync();
        return rows.Select(r => (r.Date, r.Baseline!.Value, r.Value!.Value)).ToList();
    }
}
