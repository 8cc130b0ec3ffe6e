using System.Security.Claims;
using Healactively.Web.Features.Supporters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Healactively.Web.Pages.Supporting;

/// <summary>The supporter's home: the people who share their wins with them.</summary>
public sealed class IndexModel(SupportingQuery query) : PageModel
{
    public IReadOnlyList<SharingPatient> Patients { get; private set; } = [];

    public async Task OnGetAsync() =>
        Patients = await query.RunAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, HttpContext.RequestAborted);
}
