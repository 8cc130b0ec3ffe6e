using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Supporters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Supporters;

/// <summary>Changes what one supporter sees, their weekly email and whether their cheers show; only the patient's own active links (else 404).</summary>
public sealed class EditModel(CurrentPatient currentPatient, SupportersQuery query, ManageSupporters manage) : PageModel
{
    [BindProperty]
    public EditInput Input { get; set; } = new();

    public SupporterRow Supporter { get; private set; } = null!;

    public IReadOnlyList<SubjectChoice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Input = new EditInput
        {
            Subjects = [.. Supporter.Subjects],
            ShareWeekSummary = Supporter.ShareWeekSummary,
            DigestEnabled = Supporter.DigestEnabled,
            CheersMuted = Supporter.CheersMuted,
        };
        await ChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var settings = new SupporterLinkSettings(Input.Subjects ?? [], Input.ShareWeekSummary, Input.DigestEnabled, Input.CheersMuted);
        if (!await manage.UpdateAsync(patient.PatientId, id, settings, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["StatusMessage"] = $"Saved: {Supporter.Name} now sees what you ticked.";
        return RedirectToPage("/Supporters/Index");
    }

    private async Task<bool> LoadAsync(long id)
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        var found = await query.FindAsync(patient.PatientId, id, patient.Zone, HttpContext.RequestAborted);
        Supporter = found!;
        return found is not null;
    }

    private async Task ChoicesAsync()
    {
        var patient = await currentPatient.GetAsync(HttpContext.RequestAborted);
        Choices = SupporterSubjects.Choices(Input.Subjects ?? [], await query.CustomMetricsAsync(patient.PatientId, HttpContext.RequestAborted));
    }

    public sealed class EditInput
    {
        public string[]? Subjects { get; set; }

        public bool ShareWeekSummary { get; set; }

        public bool DigestEnabled { get; set; }

        public bool CheersMuted { get; set; }
    }
}
