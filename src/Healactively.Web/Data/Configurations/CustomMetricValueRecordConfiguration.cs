using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Healactively.Web.Data.Configurations;

internal sealed class CustomMetricValueRecordConfiguration : IEntityTypeConfiguration<CustomMetricValueRecord>
{
    public void Configure(EntityTypeBuilder<CustomMetricValueRecord> builder)
    {
        builder.ToTable("CustomMetricValues");
        builder.HasKey(v => new { v.EntryId, v.MetricId });
        builder.HasIndex(v => v.MetricId);
        builder.HasOne(v => v.Metric).WithMany().HasForeignKey(v => v.MetricId).OnDelete(DeleteBehavior.Cascade);
    }
}
