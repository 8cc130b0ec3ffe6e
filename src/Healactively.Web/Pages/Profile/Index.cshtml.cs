using System.Globalization;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Profile;

/// <summary>The patient's name, time zone, distance unit and daily reminder.</summary>
public sealed class IndexModel(UserManager<ApplicationUser> users, SaveProfile saveProfile) : PageModel
{
    private static readonly string[] TimeFormats = ["HH:mm", "H:mm", "HH:mm:ss"];

    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    /// <summary>"HH:mm" in the patient's zone, or empty for no reminder.</summary>
    [BindProperty]
    public string? ReminderTime { get; set; }

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

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        Input = new ProfileInput { DisplayName = user.DisplayName, TimeZoneId = user.TimeZoneId, DistanceUnit = user.DistanceUnit.ToString() };
        ReminderTime = user.ReminderTime?.ToString("HH:mm", CultureInfo.InvariantCulture);
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

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await saveProfile.RunAsync(user, Input, reminderTime, HttpContext.RequestAborted))
        {
            ModelState.AddModelError(string.Empty, "Your profile could not be saved. Please try again.");
            return Page();
        }

        TempData["StatusMessage"] = "Your profile was saved.";
        return RedirectToPage();
    }
}
