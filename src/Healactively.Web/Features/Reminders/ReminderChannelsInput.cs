using System.ComponentModel.DataAnnotations;
using Healactively.Web.Data.Entities;

namespace Healactively.Web.Features.Reminders;

/// <summary>How the daily reminder reaches the patient: by email, by a notification on their devices, or both.</summary>
public sealed class ReminderChannelsInput
{
    /// <summary>Set by the form's hidden field: a post without the fieldset (an older form, a tool) leaves the choice as it was.</summary>
    public bool Shown { get; set; }

    [Display(Name = "Email")]
    public bool ByEmail { get; set; } = true;

    [Display(Name = "A notification on my devices")]
    public bool ByPush { get; set; }

    public static ReminderChannelsInput From(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new ReminderChannelsInput { Shown = true, ByEmail = user.ReminderByEmail, ByPush = user.ReminderByPush };
    }

    /// <summary>A reminder time needs at least one way to arrive.</summary>
    public bool IsValidWith(TimeOnly? reminderTime) => !Shown || reminderTime is null || ByEmail || ByPush;

    /// <summary>Sets the choice on a loaded profile, saved with it by the caller.</summary>
    public void ApplyTo(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (Shown)
        {
            user.ReminderByEmail = ByEmail;
            user.ReminderByPush = ByPush;
        }
    }
}
