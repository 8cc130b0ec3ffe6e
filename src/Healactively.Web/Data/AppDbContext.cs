using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Data;

/// <summary>
/// The one database context (Identity plus the journal). Each provider has a thin subclass
/// so that its migrations live in their own folder.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<JournalEntryRecord> JournalEntries => Set<JournalEntryRecord>();

    public DbSet<CustomMetricRecord> CustomMetrics => Set<CustomMetricRecord>();

    public DbSet<CustomMetricValueRecord> CustomMetricValues => Set<CustomMetricValueRecord>();

    public DbSet<WinRecord> Wins => Set<WinRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
