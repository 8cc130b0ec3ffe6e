using Healactively.Domain.Journal;
using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Data.Entities;

/// <summary>An account (patient, clinician or admin) with the profile the journal needs.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 80;
    public const int TimeZoneIdMaxLength = 64;
    public const int FullNameMaxLength = 120;
    public const int ClinicReferenceMaxLength = 40;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>IANA zone id; the patient's "today" and every entry date are local to it.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    /// <summary>Optional, patient-editable; shown only to linked clinicians and in the visit report.</summary>
    public string? FullName { get; set; }

    /// <summary>Optional, patient-editable; shown only to linked clinicians and in the visit report.</summary>
    public DateOnly? DateOfBirth { get; set; }

    /// <summary>The clinic's own reference for the patient (e.g. a record number); optional, patient-editable.</summary>
    public string? ClinicReference { get; set; }

    public DistanceUnit DistanceUnit { get; set; } = DistanceUnit.Kilometres;

    /// <summary>The local time of the daily journal reminder email, or null for none.</summary>
    public TimeOnly? ReminderTime { get; set; }

    /// <summary>The daily reminder goes by email (the default); see also <see cref="ReminderByPush"/>.</summary>
    public bool ReminderByEmail { get; set; } = true;

    /// <summary>The daily reminder also goes as a Web Push notification to every subscribed device of the user.</summary>
    public bool ReminderByPush { get; set; }

    /// <summary>The patient-local date whose reminder was last claimed (sent, or skipped because the day had an entry).</summary>
    public DateOnly? ReminderLastSentOn { get; set; }

    /// <summary>The local day of the weekly "week in wins" email, or null for none (the default).</summary>
    public DayOfWeek? WeeklyEmailDay { get; set; }

    /// <summary>The local time of the weekly email on <see cref="WeeklyEmailDay"/>.</summary>
    public TimeOnly? WeeklyEmailTime { get; set; }

    /// <summary>The Monday of the week whose weekly email was last claimed: each week is emailed at most once.</summary>
    public DateOnly? WeeklyEmailLastWeek { get; set; }

    /// <summary>Set by an admin: a disabled account cannot sign in, and its sessions end at the next stamp check.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Null for accounts made before this was recorded.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>
    /// Raised in the same transaction as every change to what the patient's pages show (entries, wins, metrics,
    /// clinician notes); views cached under an older stamp are never served again. Never written from this object:
    /// only <see cref="Data.JournalStamps"/> changes it, with an increment in SQL.
    /// </summary>
    public long JournalStamp { get; set; }
}
