using System.ComponentModel.DataAnnotations;
using Healactively.Domain.Text;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Supporters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Supporters;

/// <summary>The patient invites friends and family to see chosen wins, and sees who does and what each sees.</summary>
public sealed class IndexModel(CurrentPatient currentPatient, SupportersQuery query, SupporterInvitations invitations) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public SupportersView View { get; private set; } = null!;

    public IReadOnlyList<SubjectChoice> Choices { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Input = new InviteInput { Subjects = [.. SupporterSubjects.Default] };
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostInviteAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var invite = new SupporterInvite(Input.Email, Input.Name, Input.Subjects ?? [], Input.ShareWeekSummary);
        switch (await invitations.InviteAsync(patient, invite, HttpContext.RequestAborted))
        {
            case InviteOutcome.OwnEmail:
                ModelState.AddModelError("Input.Email", "That is your own address: invite someone else.");
                await LoadAsync();
                return Page();
            case InviteOutcome.TooManyPending:
                ModelState.AddModelError(string.Empty, $"You have {SupporterInvitations.MaxPending} invitations waiting for an answer. Cancel one, or wait until they are accepted or expire.");
                await LoadAsync();
                return Page();
            case InviteOutcome.EmailFailed:
                TempData["StatusMessage"] = "The invitation is saved, but its email could not be sent. Cancel it and try again in a moment.";
                break;
            default:
                TempData["StatusMessage"] = $"Invitation sent to {Input.Email.Trim()}. It works once, for 7 days.";
                break;
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCancelAsync(long invitationId)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        TempData["StatusMessage"] = await invitations.CancelAsync(patient.PatientId, invitationId, HttpContext.RequestAborted)
            ? "The invitation was cancelled: its link no longer works."
            : "That invitation was already answered, cancelled or expired.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        View = await query.RunAsync(patient.PatientId, patient.Zone, HttpContext.RequestAborted);
        Choices = SupporterSubjects.Choices(Input.Subjects ?? [], View.CustomMetrics);
    }

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Enter their email address.")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
        [StringLength(SupporterInvitation.EmailMaxLength, ErrorMessage = "The email can be at most {1} characters.")]
        [Display(Name = "Their email")]
        public string Email { get; set; } = string.Empty;

        [ReadableName]
        [StringLength(SupporterInvitation.NameMaxLength, ErrorMessage = "The name can be at most {1} characters.")]
        [Display(Name = "What you call them (optional)")]
        public string? Name { get; set; }

        public string[]? Subjects { get; set; }

        [Display(Name = "Also share my week summary")]
        public bool ShareWeekSummary { get; set; }
    }
}
