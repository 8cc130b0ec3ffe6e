using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Reminders;
using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Features.Accounts;

/// <summary>
/// Saves a patient's name, time zone, distance unit, reminder and weekly email. It is a journal change (through the
/// <see cref="JournalWriter"/>): win sentences name distances in the patient's unit, so a new unit recomputes every
/// stored win in the same transaction as the profile.
/// </summary>
public sealed class SaveProfile(UserManager<ApplicationUser> users, ReminderSettings reminders, WeeklySummarySettings weekly, JournalWriter writer, TimeProvider clock)
{
    /// <returns>False when the profile could not be saved (nothing changed).</returns>
    public Task<bool> RunAsync(ApplicationUser user, ProfileInput input, TimeOnly? reminderTime, WeeklySummarySchedule? weeklyEmail, CancellationToken cancellationToken) =>
        RunAsync(user, input, reminderTime, weeklyEmail, identity: null, cancellationToken);

    /// <param name="identity">The clinic identity fields as validated (full name, date of birth, clinic reference); null leaves them.</param>
    public Task<bool> RunAsync(ApplicationUser user, ProfileInput input, TimeOnly? reminderTime, WeeklySummarySchedule? weeklyEmail, (string? FullName, DateOnly? DateOfBirth, string? ClinicReference)? identity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var unitChanged = user.DistanceUnit != input.Unit;
        var patient = CurrentPatient.ForProfile(user.Id, input.DisplayName.Trim(), input.TimeZoneId, input.Unit, clock);
        return writer.WriteAsync(
            new JournalWrite<bool>(patient, async (_, _) =>
            {
                user.DisplayName = patient.DisplayName;
                user.TimeZoneId = input.TimeZoneId;
                user.DistanceUnit = input.Unit;
                if (identity is { } clinic)
                {
                    user.FullName = clinic.FullName;
                    user.DateOfBirth = clinic.DateOfBirth;
                    user.ClinicReference = clinic.ClinicReference;
                }

                reminders.Apply(user, reminderTime);
                weekly.Apply(user, weeklyEmail);
                var result = await users.UpdateAsync(user);
                return result.Succeeded
                    ? new JournalChange<bool>.Write(unitChanged ? DateOnly.MinValue : null, _ => true)
                    : new JournalChange<bool>.Unchanged(false);
            }),
            cancellationToken);
    }
}
