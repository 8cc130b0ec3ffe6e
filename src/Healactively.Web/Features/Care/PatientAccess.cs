using System.Security.Claims;
using Healactively.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Care;

/// <summary>The patient a request asks about, as the resource of <see cref="PatientAccessRequirement"/>.</summary>
public sealed record PatientResource(string PatientId);

/// <summary>Who reads a patient's data, and so which consent they need.</summary>
public enum PatientAudience
{
    /// <summary>A clinician with an unrevoked care link: the journal, wins, reports.</summary>
    Clinician,

    /// <summary>A supporter with an unrevoked supporter link: only the moments the patient chose to share.</summary>
    Supporter,
}

/// <summary>"May this user read this patient's data, as this audience?"</summary>
public sealed class PatientAccessRequirement : IAuthorizationRequirement
{
    private PatientAccessRequirement(PatientAudience audience) => Audience = audience;

    public static PatientAccessRequirement Clinician { get; } = new(PatientAudience.Clinician);

    public static PatientAccessRequirement Supporter { get; } = new(PatientAudience.Supporter);

    public PatientAudience Audience { get; }

    public static PatientAccessRequirement For(PatientAudience audience) => audience == PatientAudience.Supporter ? Supporter : Clinician;
}

/// <summary>
/// The one rule for reaching a patient's data as someone else: a clinician needs the clinician role and an unrevoked
/// care link with the patient; a supporter needs the supporter role and an unrevoked supporter link. Checked on every
/// request, so a revoked link ends access at once.
/// </summary>
public sealed class PatientAccessHandler(AppDbContext db) : AuthorizationHandler<PatientAccessRequirement, PatientResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PatientAccessRequirement requirement, PatientResource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(resource);
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || resource.PatientId.Length > Data.Entities.AuditEvent.IdMaxLength)
        {
            return;
        }

        var linked = requirement.Audience switch
        {
            PatientAudience.Clinician => context.User.IsInRole(Roles.Clinician) && await db.CareLinks.AsNoTracking()
                .AnyAsync(l => l.ClinicianId == userId && l.PatientId == resource.PatientId && l.RevokedAt == null),
            PatientAudience.Supporter => context.User.IsInRole(Roles.Supporter) && userId != resource.PatientId && await db.SupporterLinks.AsNoTracking()
                .AnyAsync(l => l.SupporterId == userId && l.PatientId == resource.PatientId && l.RevokedAt == null),
            _ => false,
        };
        if (linked)
        {
            context.Succeed(requirement);
        }
    }
}
