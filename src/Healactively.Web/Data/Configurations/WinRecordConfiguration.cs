using Healactively.Domain.Metrics;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Healactively.Web.Data.Configurations;

internal sealed class WinRecordConfiguration : IEntityTypeConfiguration<WinRecord>
{
    public void Configure(EntityTypeBuilder<WinRecord> builder)
    {
        builder.ToTable("Wins");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.PatientId).IsRequired();
        builder.Property(w => w.Metric).HasMaxLength(MetricSlug.MaxLength);
        builder.Property(w => w.Message).HasMaxLength(WinRecord.MessageMaxLength);
        builder.HasIndex(w => new { w.PatientId, w.Date });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(w => w.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}
