using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Data;

/// <summary>
/// The one database context (Identity plus the journal). Each provider has a thin subclass
/// so that its migrations live in their own folder.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<JournalEntryRecord> JournalEntries => Set<JournalEntryRecord>();

    public DbSet<CustomMetricRecord> CustomMetrics => Set<CustomMetricRecord>();

    public DbSet<CustomMetricValueRecord> CustomMetricValues => Set<CustomMetricValueRecord>();

    public DbSet<WinRecord> Wins => Set<WinRecord>();

    public DbSet<CareLink> CareLinks => Set<CareLink>();

    public DbSet<ShareCode> ShareCodes => Set<ShareCode>();

    public DbSet<ClinicianNote> ClinicianNotes => Set<ClinicianNote>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<SupporterInvitation> SupporterInvitations => Set<SupporterInvitation>();

    public DbSet<SupporterLink> SupporterLinks => Set<SupporterLink>();

    public DbSet<Cheer> Cheers => Set<Cheer>();

    public DbSet<PsfsActivity> PsfsActivities => Set<PsfsActivity>();

    public DbSet<OutcomeCheckIn> OutcomeCheckIns => Set<OutcomeCheckIn>();

    public DbSet<PsfsRating> PsfsRatings => Set<PsfsRating>();

    public DbSet<GoalRecord> Goals => Set<GoalRecord>();

    public DbSet<PushSubscriptionRecord> PushSubscriptions => Set<PushSubscriptionRecord>();

    public DbSet<VapidKeyRecord> VapidKeys => Set<VapidKeyRecord>();

    /// <summary>Shared by every app instance, so a cookie issued by one is read by another.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<JobLeaseRecord> JobLeases => Set<JobLeaseRecord>();

    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();

    // The patients whose stamp the current transaction has already raised (JournalWriter raises it first, as a lock).
    // Keyed by the transaction's id, so a pooled context reused by a later request never skips a raise it owes.
    private (Guid Transaction, HashSet<string> Patients)? _stampsRaised;

    /// <summary>
    /// Raises the patient's journal stamp inside the current transaction and remembers it, so the transaction's saves do
    /// not raise it again. On PostgreSQL the update's row lock makes other writers of this patient wait for the commit.
    /// </summary>
    public async Task RaiseJournalStampAsync(string patientId, CancellationToken cancellationToken)
    {
        var transaction = Database.CurrentTransaction?.TransactionId
            ?? throw new InvalidOperationException("Raise a journal stamp inside the transaction of the change.");
        await JournalStamps.RaiseAsync(this, [patientId], cancellationToken);
        if (_stampsRaised?.Transaction != transaction)
        {
            _stampsRaised = (transaction, new HashSet<string>(StringComparer.Ordinal));
        }

        _stampsRaised.Value.Patients.Add(patientId);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var patients = PatientsToStamp();
        if (patients.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var written = base.SaveChanges(acceptAllChangesOnSuccess);
        JournalStamps.Raise(this, patients);
        transaction?.Commit();
        return written;
    }

    /// <summary>Saves, and raises the journal stamp of every patient whose pages the save changes, in one transaction.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var patients = PatientsToStamp();
        if (patients.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await JournalStamps.RaiseAsync(this, patients, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return written;
    }

    private HashSet<string> PatientsToStamp()
    {
        var patients = JournalStamps.ChangedPatients(this);
        if (_stampsRaised is { } raised && Database.CurrentTransaction?.TransactionId == raised.Transaction)
        {
            patients.ExceptWith(raised.Patients);
        }

        return patients;
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
