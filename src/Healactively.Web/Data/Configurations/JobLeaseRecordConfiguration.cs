using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Healactively.Web.Data.Configurations;

internal sealed class JobLeaseRecordConfiguration : IEntityTypeConfiguration<JobLeaseRecord>
{
    public void Configure(EntityTypeBuilder<JobLeaseRecord> builder)
    {
        // Table and column names are spelled out: JobLease writes them in raw SQL.
        builder.ToTable("JobLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasColumnName("Name").HasMaxLength(JobLeaseRecord.NameMaxLength);
        builder.Property(l => l.Holder).HasColumnName("Holder").HasMaxLength(JobLeaseRecord.HolderMaxLength);
        builder.Property(l => l.ExpiresAtUtc).HasColumnName("ExpiresAtUtc");
    }
}
