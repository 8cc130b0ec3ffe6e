using Healactively.Domain.Journal;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Healactively.Web.Tests.Infrastructure;

/// <summary>Patients driven through the journal use cases directly (for tests that replay many changes quickly).</summary>
public static class UseCasePatients
{
    public static async Task<PatientContext> CreateAsync(HealactivelyFactory factory, string zone)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = Accounts.NewEmail();
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = "P", TimeZoneId = zone };
        Assert.True((await users.CreateAsync(user, Accounts.Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Patient);
        return CurrentPatient.ForProfile(user.Id, user.DisplayName, user.TimeZoneId, DistanceUnit.Kilometres, factory.Clock);
    }

    /// <summary>Saves a day as a form opened just now would (with the day's current version).</summary>
    public static async Task<SaveEntryOutcome> SaveAsync(HealactivelyFactory factory, PatientContext patient, DateOnly date, EntryChanges changes)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var version = await db.JournalEntries.Where(e => e.PatientId == patient.PatientId && e.Date == date).Select(e => (int?)e.Version).SingleOrDefaultAsync();
        return await scope.ServiceProvider.GetRequiredService<SaveEntry>().RunAsync(patient, date, version, changes);
    }

    /// <summary>Deletes the day if it has an entry; returns null when there was none.</summary>
    public static async Task<DeleteEntry.Outcome?> DeleteAsync(HealactivelyFactory factory, PatientContext patient, DateOnly date)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var id = await db.JournalEntries.Where(e => e.PatientId == patient.PatientId && e.Date == date).Select(e => (long?)e.Id).SingleOrDefaultAsync();
        return id is { } entryId ? await scope.ServiceProvider.GetRequiredService<DeleteEntry>().RunAsync(patient, entryId, expectedVersion: null) : null;
    }
}
