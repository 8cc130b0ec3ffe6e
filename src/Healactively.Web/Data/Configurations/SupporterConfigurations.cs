using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Healactively.Web.Data.Configurations;

internal sealed class SupporterInvitationConfiguration : IEntityTypeConfiguration<SupporterInvitation>
{
    public void Configure(EntityTypeBuilder<SupporterInvitation> builder)
    {
        builder.ToTable("SupporterInvitations");
        builder.Property(i => i.Email).HasMaxLength(SupporterInvitation.EmailMaxLength);
        builder.Property(i => i.Name).HasMaxLength(SupporterInvitation.NameMaxLength);
        builder.Property(i => i.TokenHash).HasMaxLength(SupporterInvitation.TokenHashLength);
        builder.Property(i => i.Subjects).HasMaxLength(SupporterLink.SubjectsMaxLength);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.HasIndex(i => i.PatientId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.PatientId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SupporterLinkConfiguration : IEntityTypeConfiguration<SupporterLink>
{
    public void Configure(EntityTypeBuilder<SupporterLink> builder)
    {
        builder.ToTable("SupporterLinks");
        builder.Property(l => l.Name).HasMaxLength(SupporterInvitation.NameMaxLength);
        builder.Property(l => l.Subjects).HasMaxLength(SupporterLink.SubjectsMaxLength);
        builder.Property(l => l.DigestLastWeek).HasMaxLength(SupporterLink.WeekKeyMaxLength);
        builder.HasIndex(l => new { l.SupporterId, l.PatientId });
        builder.HasIndex(l => l.PatientId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(l => l.PatientId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(l => l.SupporterId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CheerConfiguration : IEntityTypeConfiguration<Cheer>
{
    public void Configure(EntityTypeBuilder<Cheer> builder)
    {
        builder.ToTable("Cheers");
        builder.Property(c => c.MomentSubject).HasMaxLength(Cheer.SubjectMaxLength);
        builder.Property(c => c.Message).HasMaxLength(Cheer.MessageMaxLength);
        // The patient's pages read cheers by date; the daily limit counts a link's cheers since a time.
        builder.HasIndex(c => new { c.PatientId, c.MomentDate });
        builder.HasIndex(c => new { c.SupporterLinkId, c.CreatedAt });
        builder.HasOne<SupporterLink>().WithMany().HasForeignKey(c => c.SupporterLinkId).OnDelete(DeleteBehavior.Cascade);
    }
}
