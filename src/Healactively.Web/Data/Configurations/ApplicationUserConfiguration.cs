using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Healactively.Web.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength);
        builder.Property(u => u.TimeZoneId).HasMaxLength(ApplicationUser.TimeZoneIdMaxLength);

        // The reminder job's coarse filter: only patients with a reminder whose last one was before the latest "today" on Earth.
        builder.HasIndex(u => new { u.ReminderLastSentOn, u.ReminderTime });
    }
}
