using System.ComponentModel.DataAnnotations;

namespace Healactively.Web.Features.Reminders;

/// <summary>The <c>Reminders</c> settings: whether the background job runs, and how often it looks.</summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);
}
