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

    /// <summary>Shared by every app instance, so a cookie issued by one is read by another.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<JobLeaseRecord> JobLeases => Set<JobLeaseRecord>();

    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
