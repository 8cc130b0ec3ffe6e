using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Demo;

/// <summary>
/// Creates the demo accounts that do not exist yet (an existing one is left as it is). Each account,
/// its role, and for patients their journal and wins are saved in one transaction.
/// </summary>
internal sealed partial class DemoDataSeeder(
    AppDbContext db,
    UserManager<ApplicationUser> users,
    JournalWriter writer,
    TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        int accounts = 0, entries = 0, storedWins = 0;
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var user = new ApplicationUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
                TimeZoneId = account.TimeZoneId,
                DistanceUnit = account.DistanceUnit,
                CreatedAt = clock.GetUtcNow(),
            };
            if (account.Email == DemoAccounts.Maya.Email)
            {
                // What a clinic files her under: the timeline's header, the triage list and the report show it.
                (user.FullName, user.DateOfBirth, user.ClinicReference) = ("Maya Rivera", new DateOnly(1984, 3, 14), "PHY-20417");
            }

            EnsureSucceeded(await users.CreateAsync(user, DemoAccounts.Password), "create a demo account");
            EnsureSucceeded(await users.AddToRoleAsync(user, account.Role), "add a demo account to its role");

            if (account.JournalSeed is { } seed)
            {
                var patient = CurrentPatient.ForProfile(user.Id, user.DisplayName, account.TimeZoneId, account.DistanceUnit, clock);
                var journal = DemoJournalGenerator.Generate(user.Id, seed, account.DistanceUnit, patient.Today.AddDays(-1), clock.GetUtcNow());
                // Joins this account's transaction: the account, its journal and its wins are saved together.
                var detected = await writer.WriteAsync(
                    new JournalWrite<IReadOnlyList<Win>>(patient, async (now, ct) =>
                    {
                        db.JournalEntries.AddRange(journal);
                        if (account.Email == DemoAccounts.Maya.Email)
                        {
                            await DemoOutcomes.AddAsync(db, user.Id, journal, patient.Today.AddDays(-1), now, ct);
                        }

                        return new JournalChange<IReadOnlyList<Win>>.Write(DateOnly.MinValue, wins => wins);
                    }),
                    cancellationToken);
                entries += journal.Count;
                storedWins += detected.Count;
            }

            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
            accounts++;
        }

        await LinkDemoClinicianAsync(cancellationToken);
        await LinkDemoSupporterAsync(cancellationToken);

        if (accounts > 0)
        {
            LogSeeded(logger, accounts, entries, storedWins);
        }
        else
        {
            LogAlreadyPresent(logger, DemoAccounts.All.Count);
        }
    }

    /// <summary>
    /// Maya shares her journal with the demo clinician so the clinician pages have someone to show; Leo does not,
    /// so the share-code flow can be tried. A link Maya revoked is never recreated.
    /// </summary>
    private async Task LinkDemoClinicianAsync(CancellationToken cancellationToken)
    {
        var clinician = await users.FindByEmailAsync(DemoAccounts.Clinician.Email);
        var maya = await users.FindByEmailAsync(DemoAccounts.Maya.Email);
        if (clinician is null || maya is null
            || await db.CareLinks.AnyAsync(l => l.ClinicianId == clinician.Id && l.PatientId == maya.Id, cancellationToken))
        {
            return;
        }

        db.CareLinks.Add(new CareLink { ClinicianId = clinician.Id, PatientId = maya.Id, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Sam supports Maya with the default subjects (not pain, not her own metrics) and the week summary, so the supporter
    /// pages can be tried at once. A link Maya revoked is never recreated.
    /// </summary>
    private async Task LinkDemoSupporterAsync(CancellationToken cancellationToken)
    {
        var supporter = await users.FindByEmailAsync(DemoAccounts.Supporter.Email);
        var maya = await users.FindByEmailAsync(DemoAccounts.Maya.Email);
        if (supporter is null || maya is null
            || await db.SupporterLinks.AnyAsync(l => l.SupporterId == supporter.Id && l.PatientId == maya.Id, cancellationToken))
        {
            return;
        }

        db.SupporterLinks.Add(new SupporterLink
        {
            SupporterId = supporter.Id,
            PatientId = maya.Id,
            Name = DemoAccounts.Supporter.DisplayName,
            Subjects = string.Join(' ', Supporters.SupporterSubjects.Default),
            ShareWeekSummary = true,
            CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void EnsureSucceeded(IdentityResult result, string action)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {action}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Demo data seeded: {Accounts} accounts, {Entries} journal entries, {Wins} wins")]
    private static partial void LogSeeded(ILogger logger, int accounts, int entries, int wins);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "Demo data already present ({Accounts} accounts)")]
    private static partial void LogAlreadyPresent(ILogger logger, int accounts);
}
