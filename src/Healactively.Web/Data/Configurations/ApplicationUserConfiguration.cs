using Healactively.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Healactively.Web.Data.Configurations;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength);
        builder.Property(u => u.TimeZoneId).HasMaxLength(ApplicationUser.TimeZoneIdMaxLength);
        builder.Property(u => u.FullName).HasMaxLength(ApplicationUser.FullNameMaxLength);
        builder.Property(u => u.ClinicReference).HasMaxLength(ApplicationUser.ClinicReferenceMaxLength);

        // A user object loaded before a journal save must not write its older stamp back (e.g. a profile save).
        var stamp = builder.Property(u => u.JournalStamp).HasDefaultValue(0L);
        stamp.Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        stamp.Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);

        // The reminder job's coarse filter: only patients with a reminder whose last one was before the latest "today" on Earth.
        builder.HasIndex(u => new { u.ReminderLastSentOn, u.ReminderTime });

        // The weekly email job's coarse filter, likewise.
        builder.HasIndex(u => new { u.WeeklyEmailLastWeek, u.WeeklyEmailDay });
    }
}
