using Healactively.Web.Features.Care;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Admin;

/// <summary>The audit trail, filtered by account, patient, action and UTC date range.</summary>
public sealed class AuditModel(AuditLogQuery query) : PageModel
{
    [BindProperty(Name = "user", SupportsGet = true)]
    public string? Who { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Patient { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public AuditLog Log { get; private set; } = new([], 0, 1, 1, []);

    public async Task OnGetAsync()
    {
        // Dates that do not parse are shown beside their field and left out of the filter.
        if (!ModelState.IsValid)
        {
            foreach (var (key, entry) in ModelState.Where(e => e.Value?.ValidationState == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid).ToList())
            {
                entry!.Errors.Clear();
                ModelState.AddModelError(key, "Enter a date like 2026-11-25.");
            }
        }

        if (From is { } from && To is { } to && to < from)
        {
            ModelState.AddModelError("to", "The end date is before the start date.");
            To = null;
        }

        Log = await query.RunAsync(new AuditLogFilter(Trim(Who), Trim(Patient), Trim(Action), From, To, PageNumber), HttpContext.RequestAborted);
    }

    private static string? Trim(string? text) => text is { Length: > 256 } ? text[..256].Trim() : text?.Trim();
}
