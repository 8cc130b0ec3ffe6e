using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Healactively.Web.Data.Configurations;

internal sealed class FormSubmissionConfiguration : IEntityTypeConfiguration<FormSubmission>
{
    public void Configure(EntityTypeBuilder<FormSubmission> builder)
    {
        builder.ToTable("FormSubmissions");
        builder.Property(s => s.UserId).IsRequired();
        builder.Property(s => s.Key).HasMaxLength(FormSubmission.KeyMaxLength).IsRequired();
        builder.Property(s => s.RedirectTo).HasMaxLength(FormSubmission.RedirectMaxLength).IsRequired();

        // Stored as a sortable number so pruning by age is one indexed range delete on every provider.
        builder.Property(s => s.CreatedAt).HasConversion<long>();

        // The unique index is what makes a race between two posts of one form end in one save.
        builder.HasIndex(s => new { s.UserId, s.Key }).IsUnique();

        // Pruning reads only the user's expired keys, not every key they used today (each save adds one).
        builder.HasIndex(s => new { s.UserId, s.CreatedAt });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
