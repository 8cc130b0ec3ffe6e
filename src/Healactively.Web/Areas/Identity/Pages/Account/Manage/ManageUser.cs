using System.Security.Claims;
using Healactively.Web.Data;

namespace Healactively.Web.Areas.Identity.Pages.Account.Manage;

internal static class ManageUser
{
    /// <summary>Clinicians and admins must keep two-factor authentication on.</summary>
    public static bool IsStaff(ClaimsPrincipal user) => user.IsInRole(Roles.Clinician) || user.IsInRole(Roles.Admin);
}
