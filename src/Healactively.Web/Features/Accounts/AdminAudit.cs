using System.Security.Claims;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;

namespace Healactively.Web.Features.Accounts;

/// <summary>
/// Adds one audit row per account action (saved with the action itself): actor id, target account id, action name,
/// time and address. Never an email, a name or a role's old value.
/// </summary>
public sealed class AdminAudit(AppDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public const string Invite = "admin.invite";
    public const string InviteResend = "admin.invite-resend";
    public const string RoleChange = "admin.role-change";
    public const string Lock = "admin.lock";
    public const string Unlock = "admin.unlock";
    public const string Disable = "admin.disable";
    public const string Enable = "admin.enable";
    public const string Delete = "admin.delete";
    public const string SelfDelete = "account.deleted";
    public const string InvitationAccepted = "account.invitation-accepted";

    /// <summary>A backup of the whole database was written (no target account; the actor is the admin, or the CLI).</summary>
    public const string Backup = "admin.backup";

    /// <summary>The actor of an action taken from the operator command line, where nobody is signed in.</summary>
    public const string CommandLineActor = "operator-cli";

    public static IReadOnlyList<string> AccountActions { get; } =
        [Invite, InviteResend, RoleChange, Lock, Unlock, Disable, Enable, Delete, SelfDelete, InvitationAccepted];

    public string ActorId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    public void Add(string action, string targetUserId, string? actorId = null, bool withAddress = true) =>
        db.AuditEvents.Add(new AuditEvent
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            ActorId = actorId ?? ActorId,
            PatientId = string.Empty,
            TargetUserId = targetUserId,
            Action = action,
            Outcome = AuditOutcome.Allowed,
            RemoteAddress = withAddress ? http.HttpContext?.Connection.RemoteIpAddress?.ToString() : null,
        });
}
