using Healactively.Web.Data.Entities;
using Healactively.Web.Pages.Wins;
using Healactively.Web.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Profile;

/// <summary>The patient's name, time zone and distance unit.</summary>
public sealed class IndexModel(UserManager<ApplicationUser> users, WinRecalculator wins) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        Input = new ProfileInput { DisplayName = user.DisplayName, TimeZoneId = user.TimeZoneId, DistanceUnit = user.DistanceUnit.ToString() };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var unitChanged = user.DistanceUnit != Input.Unit;
        user.DisplayName = Input.DisplayName.Trim();
        user.TimeZoneId = Input.TimeZoneId;
        user.DistanceUnit = Input.Unit;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, "Your profile could not be saved. Please try again.");
            return Page();
        }

        if (unitChanged)
        {
            // Win sentences name distances in the patient's unit.
            await wins.RecalculateAllAsync(user.Id, user.DistanceUnit, HttpContext.RequestAborted);
        }

        TempData["StatusMessage"] = "Your profile was saved.";
        return RedirectToPage();
    }
}
