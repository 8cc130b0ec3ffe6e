using System.Security.Claims;
using Healactively.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Care;

/// <summary>The patient a request asks about, as the resource of <see cref="PatientAccessRequirement"/>.</summary>
public sealed record PatientResource(string PatientId);

/// <summary>"May this user read this patient's journal?"</summary>
public sealed class PatientAccessRequirement : IAuthorizationRequirement
{
    public static PatientAccessRequirement Instance { get; } = new();
}

/// <summary>
/// The one rule for reaching a patient's data as a clinician: the user is a clinician and the patient
/// has an unrevoked care link with them. Checked on every request, so a revoked link ends access at once.
/// </summary>
public sealed class PatientAccessHandler(AppDbContext db) : AuthorizationHandler<PatientAccessRequirement, PatientResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PatientAccessRequirement requirement, PatientResource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resource);
        var clinicianId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (clinicianId is null || !context.User.IsInRole(Roles.Clinician) || resource.PatientId.Length > Data.Entities.AuditEvent.IdMaxLength)
        {
            return;
        }

        var linked = await db.CareLinks.AsNoTracking()
            .AnyAsync(l => l.ClinicianId == clinicianId && l.PatientId == resource.PatientId && l.RevokedAt == null);
        if (linked)
        {
            context.Succeed(requirement);
        }
    }
}
