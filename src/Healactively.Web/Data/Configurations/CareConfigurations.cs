using Healactively.Domain.Metrics;
using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Healactively.Web.Data.Configurations;

internal sealed class CareLinkConfiguration : IEntityTypeConfiguration<CareLink>
{
    public void Configure(EntityTypeBuilder<CareLink> builder)
    {
        builder.ToTable("CareLinks");
        builder.HasIndex(l => new { l.ClinicianId, l.PatientId });
        builder.HasIndex(l => l.PatientId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(l => l.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(l => l.ClinicianId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ShareCodeConfiguration : IEntityTypeConfiguration<ShareCode>
{
    public void Configure(EntityTypeBuilder<ShareCode> builder)
    {
        builder.ToTable("ShareCodes");
        builder.Property(c => c.CodeHash).HasMaxLength(ShareCode.HashLength);
        builder.HasIndex(c => c.CodeHash).IsUnique();
        builder.HasIndex(c => c.PatientId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClinicianNoteConfiguration : IEntityTypeConfiguration<ClinicianNote>
{
    public void Configure(EntityTypeBuilder<ClinicianNote> builder)
    {
        builder.ToTable("ClinicianNotes");
        builder.Property(n => n.Text).HasMaxLength(ClinicianNote.TextMaxLength);
        builder.Property(n => n.WinMetric).HasMaxLength(MetricSlug.MaxLength);
        builder.HasIndex(n => new { n.PatientId, n.Date });
        // The count of new notes in the navigation, on every patient page.
        builder.HasIndex(n => new { n.PatientId, n.SeenAt });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.ClinicianId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        // No foreign keys: the trail outlives accounts and records requests for ids that do not exist.
        builder.ToTable("AuditEvents");
        builder.Property(a => a.ActorId).HasMaxLength(AuditEvent.IdMaxLength);
        builder.Property(a => a.PatientId).HasMaxLength(AuditEvent.IdMaxLength);
        builder.Property(a => a.Action).HasMaxLength(AuditEvent.ActionMaxLength);
        builder.Property(a => a.RemoteAddress).HasMaxLength(AuditEvent.RemoteAddressMaxLength);
        builder.Property(a => a.TargetUserId).HasMaxLength(AuditEvent.IdMaxLength);
        builder.HasIndex(a => a.TargetUserId);
        builder.HasIndex(a => a.ActorId);
        builder.HasIndex(a => new { a.PatientId, a.AtUtc });
        builder.HasIndex(a => a.AtUtc);
    }
}
