using System.ComponentModel.DataAnnotations;
using System.Data;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Account;

/// <summary>
/// The page an invitation email links to: it sets the first password, confirms the email (the link proves the
/// address), and for a patient sets the time zone and distance unit. The link dies once used or after 7 days.
/// </summary>
[AllowAnonymous]
public sealed class InvitationModel(
    AppDbContext db,
    UserManager<ApplicationUser> users,
    Invitations invitations,
    AdminAudit audit,
    ILogger<InvitationModel> logger) : PageModel
{
    [BindProperty]
    public InvitationInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    public bool Valid { get; private set; }

    public bool IsPatient { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await LoadAsync();
        if (user is not null)
        {
            Input = new InvitationInput
            {
                DisplayName = user.DisplayName,
                // Left empty for the browser's zone to be preselected (timezone-default.js); required on submit.
                TimeZoneId = string.Empty,
                DistanceUnit = user.DistanceUnit.ToString(),
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await LoadAsync();
        if (user is null)
        {
            return Page();
        }

        if (!IsPatient)
        {
            // Staff accounts have no journal: their zone and unit are not asked.
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.TimeZoneId)}");
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.DistanceUnit)}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Two posts of this form at once (a double tap) both passed the check above; the link is checked again inside
        // the transaction, so the later one finds it used and shows so, instead of failing on the first one's change.
        var acceptedId = await SerializableRetry.RunAsync(db, AcceptOnceAsync);
        if (acceptedId is null)
        {
            return Page();
        }

        AccountsLog.InvitationAccepted(logger, acceptedId);
        TempData["StatusMessage"] = "Your password is set and your email is confirmed. Sign in to start.";
        return Redirect("/Identity/Account/Login");
    }

    /// <returns>The account's id once its password is set; null when the link no longer works or the password is refused.</returns>
    private async Task<string?> AcceptOnceAsync()
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, HttpContext.RequestAborted);
        db.ChangeTracker.Clear(); // read the account as it is now, not the copy checked before the transaction
        var user = await LoadAsync();
        if (user is null)
        {
            return null;
        }

        // Adding the password renews the security stamp, which kills this link and any copy of it.
        var added = await users.AddPasswordAsync(user, Input.Password);
        if (!added.Succeeded)
        {
            ThrowToRetryOnConcurrencyFailure(added);
            foreach (var error in added.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : string.Empty, error.Description);
            }

            return null;
        }

        user.EmailConfirmed = true;
        user.DisplayName = Input.DisplayName.Trim();
        if (IsPatient)
        {
            user.TimeZoneId = Input.TimeZoneId;
            user.DistanceUnit = Input.Unit;
        }

        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            throw new InvalidOperationException($"Identity refused the profile: {string.Join(", ", updated.Errors.Select(e => e.Code))}");
        }

        audit.Add(AdminAudit.InvitationAccepted, user.Id, actorId: user.Id);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await transaction.CommitAsync(HttpContext.RequestAborted);
        return user.Id;
    }

    // Identity reports a row changed since it was read as a result, not an exception; SerializableRetry runs the
    // attempt again on this exception's message.
    private static void ThrowToRetryOnConcurrencyFailure(IdentityResult result)
    {
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            throw new InvalidOperationException(nameof(IdentityErrorDescriber.ConcurrencyFailure));
        }
    }

    private async Task<ApplicationUser?> LoadAsync()
    {
        var user = string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Code) ? null : await users.FindByIdAsync(UserId);
        Valid = user is not null && await invitations.IsValidAsync(user, Code!);
        if (!Valid)
        {
            return null;
        }

        Email = user!.Email ?? string.Empty;
        IsPatient = await users.IsInRoleAsync(user, Roles.Patient);
        return user;
    }

    public sealed class InvitationInput : ProfileInput
    {
        [Required(ErrorMessage = "Choose a password.")]
        [StringLength(128, MinimumLength = 12, ErrorMessage = "Your password needs at least {2} characters (a short sentence works well).")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = string.Empty;

        [DataType(DataType.Password)]
        [Display(Name = "Confirm password")]
        [Compare(nameof(Password), ErrorMessage = "The two passwords do not match.")]
        public string ConfirmPassword { get; set; } = string.Empty;
    }
}
