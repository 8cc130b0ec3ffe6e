using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Security.Claims;
using Healactively.Web.Features.Care;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Clinician;

/// <summary>A clinician enters the share code a patient gave them; a good code links them, anything else links nothing.</summary>
public sealed class LinkModel(ShareCodes shareCodes, CodeGuessFailures failures) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (failures.IsPaused(HttpContext))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Code)}", $"Too many codes did not work, so code entry is paused for up to {failures.Window.TotalMinutes:0} minutes to keep patients' codes safe. Please try again later, and check the code with your patient.");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var clinicianId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        var outcome = await shareCodes.RedeemAsync(clinicianId, Input.Code, HttpContext.RequestAborted);
        if (outcome is RedeemOutcome.NotFound)
        {
            failures.RecordFailure(HttpContext);
        }

        string? problem = outcome switch
        {
            RedeemOutcome.NotFound => "That code was not found. Check it with your patient; codes look like ABCD-2345.",
            RedeemOutcome.Expired expired => $"This code expired on {expired.ExpiredAt.ToUniversalTime().ToString("d MMMM yyyy 'at' HH:mm 'UTC'", CultureInfo.InvariantCulture)}; ask your patient for a new one.",
            RedeemOutcome.Used => "This code has already been used.",
            _ => null,
        };
        if (problem is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Code)}", problem);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        TempData["StatusMessage"] = outcome is RedeemOutcome.AlreadyLinked
            ? "You are already linked with this patient."
            : "You are now linked. The patient appears in your list below.";
        return RedirectToPage("/Clinician/Index");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the share code your patient gave you.")]
        [StringLength(40, ErrorMessage = "That code was not found. Check it with your patient; codes look like ABCD-2345.")]
        [Display(Name = "Share code")]
        public string? Code { get; set; }
    }
}
