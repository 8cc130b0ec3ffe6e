using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Healactively.Web.Data.Configurations;

internal sealed class PsfsActivityConfiguration : IEntityTypeConfiguration<PsfsActivity>
{
    public void Configure(EntityTypeBuilder<PsfsActivity> builder)
    {
        builder.ToTable("PsfsActivities");
        builder.Property(a => a.Name).HasMaxLength(PsfsActivity.NameMaxLength);
        builder.HasIndex(a => a.PatientId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutcomeCheckInConfiguration : IEntityTypeConfiguration<OutcomeCheckIn>
{
    public void Configure(EntityTypeBuilder<OutcomeCheckIn> builder)
    {
        builder.ToTable("OutcomeCheckIns");
        builder.HasIndex(c => new { c.PatientId, c.Date }).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Ratings).WithOne().HasForeignKey(r => r.CheckInId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PsfsRatingConfiguration : IEntityTypeConfiguration<PsfsRating>
{
    public void Configure(EntityTypeBuilder<PsfsRating> builder)
    {
        builder.ToTable("PsfsRatings");
        builder.HasIndex(r => new { r.CheckInId, r.ActivityId }).IsUnique();
        builder.HasIndex(r => r.ActivityId);
        // Restrict: an activity with ratings is retired, never deleted (history is never rewritten); account erasure
        // deletes check-ins (and so ratings) before activities.
        builder.HasOne<PsfsActivity>().WithMany().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GoalRecordConfiguration : IEntityTypeConfiguration<GoalRecord>
{
    public void Configure(EntityTypeBuilder<GoalRecord> builder)
    {
        builder.ToTable("Goals");
        builder.Property(g => g.Title).HasMaxLength(GoalRecord.TitleMaxLength);
        builder.Property(g => g.Metric).HasMaxLength(GoalRecord.MetricMaxLength);
        builder.HasIndex(g => g.PatientId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(g => g.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PushSubscriptionConfiguration : IEntityTypeConfiguration<PushSubscriptionRecord>
{
    public void Configure(EntityTypeBuilder<PushSubscriptionRecord> builder)
    {
        builder.ToTable("PushSubscriptions");
        builder.Property(s => s.Endpoint).HasMaxLength(PushSubscriptionRecord.EndpointMaxLength);
        builder.Property(s => s.P256dh).HasMaxLength(PushSubscriptionRecord.KeyMaxLength);
        builder.Property(s => s.Auth).HasMaxLength(PushSubscriptionRecord.KeyMaxLength);
        builder.HasIndex(s => s.Endpoint).IsUnique();
        builder.HasIndex(s => s.UserId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class VapidKeyConfiguration : IEntityTypeConfiguration<VapidKeyRecord>
{
    public void Configure(EntityTypeBuilder<VapidKeyRecord> builder)
    {
        builder.ToTable("VapidKeys");
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.PublicKey).HasMaxLength(VapidKeyRecord.KeyMaxLength);
        builder.Property(k => k.ProtectedPrivateKey).HasMaxLength(VapidKeyRecord.KeyMaxLength);
    }
}
