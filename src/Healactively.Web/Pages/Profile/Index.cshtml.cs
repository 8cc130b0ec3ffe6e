using System.Globalization;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Healactively.Web.Features.Reminders;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Profile;

/// <summary>The patient's name, time zone, distance unit, daily reminder and weekly email.</summary>
public sealed class IndexModel(UserManager<ApplicationUser> users, SaveProfile saveProfile, TimeProvider clock) : PageModel
{
    /// <summary>Optional: what the patient's clinic files them under (shown to linked clinicians only).</summary>
    [BindProperty]
    public ClinicIdentityInput Clinic { get; set; } = new();

    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss"];

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    /// <summary>"HH:mm" in the patient's zone, or empty for no reminder.</summary>
    [BindProperty]
    public string? ReminderTime { get; set; }

    /// <summary>The weekly email's day ("Monday" … "Sunday"), or empty for none (the default).</summary>
    [BindProperty]
    public string? WeeklyEmailDay { get; set; }

    /// <summary>"HH:mm" in the patient's zone, on <see cref="WeeklyEmailDay"/>.</summary>
    [BindProperty]
    public string? WeeklyEmailTime { get; set; }

    /// <summary>Email and/or a notification on the patient's devices (<c>_ReminderChannels</c>).</summary>
    [BindProperty]
    public ReminderChannelsInput Channels { get; set; } = new();

    /// <summary>Monday first, as the week page counts weeks.</summary>
    public static IReadOnlyList<DayOfWeek> WeekDays { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Every quarter hour of the day, plus the saved time if it is not on a quarter hour.</summary>
    public IReadOnlyList<string> ReminderChoices
    {
        get
        {
            var quarters = Enumerable.Range(0, 96).Select(i => TimeOnly.MinValue.AddMinutes(i * 15).ToString("HH:mm", CultureInfo.InvariantCulture));
            var saved = TimeOnly.TryParseExact(ReminderTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? [ReminderTime!] : Array.Empty<string>();
            return [.. quarters.Concat(saved).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>Every quarter hour of the day, plus the saved weekly time if it is not on a quarter hour.</summary>
    public IReadOnlyList<string> WeeklyTimeChoices
    {
        get
        {
            var quarters = Enumerable.Range(0, 96).Select(i => TimeOnly.MinValue.AddMinutes(i * 15).ToString("HH:mm", CultureInfo.InvariantCulture));
            var saved = TimeOnly.TryParseExact(WeeklyEmailTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? [WeeklyEmailTime!] : Array.Empty<string>();
            return [.. quarters.Concat(saved).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        Input = new ProfileInput { DisplayName = user.DisplayName, TimeZoneId = user.TimeZoneId, DistanceUnit = user.DistanceUnit.ToString() };
        Clinic = ClinicIdentityInput.From(user);
        ReminderTime = user.ReminderTime?.ToString("HH:mm", CultureInfo.InvariantCulture);
        WeeklyEmailDay = user.WeeklyEmailDay?.ToString();
        WeeklyEmailTime = (user.WeeklyEmailTime ?? new TimeOnly(18, 0)).ToString("HH:mm", CultureInfo.InvariantCulture);
        Channels = ReminderChannelsInput.From(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        TimeOnly? reminderTime = null;
        if (!string.IsNullOrWhiteSpace(ReminderTime))
        {
            if (TimeOnly.TryParseExact(ReminderTime.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                reminderTime = new TimeOnly(parsed.Hour, parsed.Minute);
            }
            else
            {
                ModelState.AddModelError(nameof(ReminderTime), "Choose a time from the list, or \"No reminder\".");
            }
        }

        WeeklySummarySchedule? weekly = null;
        if (!string.IsNullOrWhiteSpace(WeeklyEmailDay))
        {
            if (!Enum.TryParse<DayOfWeek>(WeeklyEmailDay.Trim(), ignoreCase: false, out var day) || !Enum.IsDefined(day) || int.TryParse(WeeklyEmailDay, out _))
            {
                ModelState.AddModelError(nameof(WeeklyEmailDay), "Choose a day from the list, or \"No weekly email\".");
            }
            else if (!TimeOnly.TryParseExact(WeeklyEmailTime?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                ModelState.AddModelError(nameof(WeeklyEmailTime), "Choose a time from the list.");
            }
            else
            {
                weekly = new WeeklySummarySchedule(day, new TimeOnly(at.Hour, at.Minute));
            }
        }

        if (!Channels.IsValidWith(reminderTime))
        {
            ModelState.AddModelError("Channels", "Tick email, a notification or both, or choose \"No reminder\".");
        }

        var zone = TimeZoneCatalog.IsValid(Input.TimeZoneId) ? TimeZoneInfo.FindSystemTimeZoneById(Input.TimeZoneId) : TimeZoneInfo.Utc;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
        var (dateOfBirth, birthProblem) = Clinic.ParseDateOfBirth(today);
        if (birthProblem is not null)
        {
            ModelState.AddModelError("Clinic.DateOfBirth", birthProblem);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Channels.ApplyTo(user); // Saved with the rest of the profile below.
        var identity = (ClinicIdentityInput.Clean(Clinic.FullName), dateOfBirth, ClinicIdentityInput.Clean(Clinic.ClinicReference));
        if (!await saveProfile.RunAsync(user, Input, reminderTime, weekly, identity, HttpContext.RequestAborted))
        {
            ModelState.AddModelError(string.Empty, "Your profile could not be saved. Please try again.");
            return Page();
        }

        TempData["StatusMessage"] = "Your profile was saved.";
        return RedirectToPage();
    }
}
