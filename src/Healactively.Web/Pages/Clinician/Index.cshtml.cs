using System.Security.Claims;
using Healactively.Web.Features.Care;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Clinician;

/// <summary>The clinician's home: their linked patients, those needing attention first.</summary>
public sealed class IndexModel(ClinicianTriageQuery query, AuditTrail audit) : PageModel
{
    public TriageView View { get; private set; } = null!;

    public async Task OnGetAsync(string? sort, string? dir, [FromQuery(Name = "page")] int pageNumber = 1)
    {
        var clinicianId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
        View = await query.RunAsync(clinicianId, sort, dir, pageNumber, HttpContext.RequestAborted);
        await audit.RecordTriageListAsync(View.Rows.Count, HttpContext.RequestAborted);
    }

    /// <summary>The link a column heading makes: the same column again flips its direction.</summary>
    public string SortLink(string column)
    {
        var direction = View.Sort == column
            ? (View.Direction == "asc" ? "desc" : "asc")
            : ClinicianTriageQuery.Normalise(column, null).Direction;
        return $"/Clinician?sort={column}&dir={direction}";
    }

    public string? AriaSort(string column) =>
        View.Sort == column ? (View.Direction == "asc" ? "ascending" : "descending") : null;
}
