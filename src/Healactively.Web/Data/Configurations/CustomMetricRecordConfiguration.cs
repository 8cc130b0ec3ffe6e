using Healactively.Domain.Metrics;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Healactively.Web.Data.Configurations;

internal sealed class CustomMetricRecordConfiguration : IEntityTypeConfiguration<CustomMetricRecord>
{
    public void Configure(EntityTypeBuilder<CustomMetricRecord> builder)
    {
        builder.ToTable("CustomMetrics");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.PatientId).IsRequired();
        builder.Property(m => m.Key).HasMaxLength(MetricSlug.MaxLength);
        builder.Property(m => m.Name).HasMaxLength(CustomMetricRecord.NameMaxLength);
        builder.Property(m => m.Unit).HasMaxLength(CustomMetricRecord.UnitMaxLength);
        builder.HasIndex(m => new { m.PatientId, m.Key }).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}
