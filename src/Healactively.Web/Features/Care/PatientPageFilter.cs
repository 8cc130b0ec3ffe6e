using System.Reflection;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Patients;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Care;

/// <summary>
/// Guards every page about one patient, /Clinician/Patients/{patientId}/… and /Supporting/{patientId}: authorizes
/// through <see cref="PatientAccessHandler"/> for the audience the page's <see cref="AuditedReadAttribute"/> names,
/// writes exactly one audit row (allowed or denied), and answers a denied request with the same 404 as an id
/// that does not exist, so a clinician or supporter cannot learn which patients exist.
/// </summary>
public sealed class PatientPageFilter(
    IAuthorizationService authorization,
    AuditTrail audit,
    AppDbContext db,
    GrantedPatient grantedPatient,
    TimeProvider clock) : IAsyncPageFilter
{
    public const string PatientIdRouteKey = "patientId";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var read = context.HandlerInstance.GetType().GetCustomAttribute<AuditedReadAttribute>()
            ?? throw new InvalidOperationException($"{context.HandlerInstance.GetType().Name} is a page about one patient but has no [AuditedRead].");
        var action = read.Action;
        var patientId = context.RouteData.Values[PatientIdRouteKey]?.ToString() ?? string.Empty;
        var ct = context.HttpContext.RequestAborted;

        var allowed = patientId.Length > 0
            && (await authorization.AuthorizeAsync(context.HttpContext.User, new PatientResource(patientId), PatientAccessRequirement.For(read.Audience))).Succeeded;
        var profile = allowed
            ? await db.Users.AsNoTracking()
                .Where(u => u.Id == patientId && db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(role => role.Id == r.RoleId && role.Name == Roles.Patient)))
                .Select(u => new { u.DisplayName, u.TimeZoneId, u.DistanceUnit })
                .SingleOrDefaultAsync(ct)
            : null;

        await audit.RecordAsync(patientId, action, profile is null ? AuditOutcome.Denied : AuditOutcome.Allowed, ct);
        if (profile is null)
        {
            context.Result = new NotFoundResult();
            return;
        }

        grantedPatient.Grant(CurrentPatient.ForProfile(patientId, profile.DisplayName, profile.TimeZoneId, profile.DistanceUnit, clock));
        await next();
    }
}
