using Healactively.Domain.Journal;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Healactively.Web.Data.Configurations;

internal sealed class JournalEntryRecordConfiguration : IEntityTypeConfiguration<JournalEntryRecord>
{
    public void Configure(EntityTypeBuilder<JournalEntryRecord> builder)
    {
        builder.ToTable("JournalEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.PatientId).IsRequired();
        builder.HasIndex(e => new { e.PatientId, e.Date }).IsUnique();

        // Flare marks are read on every journal page, save and triage row; few days have one, so a partial index
        // reads only those instead of a patient's whole journal (the filter is plain SQL for SQLite and PostgreSQL).
        builder.HasIndex(e => new { e.PatientId, e.Date }, "IX_JournalEntries_FlareDays").HasFilter("\"Flare\" <> 0");
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Property(e => e.EasierToday).HasMaxLength(JournalLimits.EasierTodayMaxLength);
        builder.Property(e => e.Triggers).HasMaxLength(JournalEntryRecord.TagsMaxLength);
        builder.Property(e => e.Helped).HasMaxLength(JournalEntryRecord.TagsMaxLength);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.CustomValues).WithOne().HasForeignKey(v => v.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
