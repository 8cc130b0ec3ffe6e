using System.Data;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Accounts;

/// <summary>What became of an admin's change to an account.</summary>
public enum AccountChangeOutcome
{
    Done,
    NotFound,

    /// <summary>Refused: the account is the last admin who can still sign in.</summary>
    LastAdmin,

    /// <summary>Nothing to do (already in that state).</summary>
    Unchanged,
}

/// <summary>
/// Role changes, lock and disable. Each change, its last-admin check and its audit row happen in one serializable
/// transaction, so two admins demoting each other at once cannot leave the product without an admin.
/// Every change that takes power or access away also renews the security stamp, which ends the account's sessions.
/// </summary>
public sealed class AccountAdministration(AppDbContext db, UserManager<ApplicationUser> users, AdminAudit audit, TimeProvider clock, ILogger<AccountAdministration> logger)
{
    public Task<AccountChangeOutcome> ChangeRoleAsync(string userId, string role, CancellationToken cancellationToken = default) =>
        RunAsync(userId, AdminAudit.RoleChange, takesAdminAway: role != Roles.Admin, async user =>
        {
            var current = await users.GetRolesAsync(user);
            if (current.Count == 1 && current[0] == role)
            {
                return false;
            }

            Check(await users.RemoveFromRolesAsync(user, current));
            Check(await users.AddToRoleAsync(user, role));
            Check(await users.UpdateSecurityStampAsync(user));
            return true;
        }, cancellationToken);

    public Task<AccountChangeOutcome> LockAsync(string userId, CancellationToken cancellationToken = default) =>
        RunAsync(userId, AdminAudit.Lock, takesAdminAway: true, async user =>
        {
            if (IsLocked(user, clock.GetUtcNow()))
            {
                return false;
            }

            Check(await users.SetLockoutEnabledAsync(user, true));
            Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
            Check(await users.UpdateSecurityStampAsync(user));
            return true;
        }, cancellationToken);

    public Task<AccountChangeOutcome> UnlockAsync(string userId, CancellationToken cancellationToken = default) =>
        RunAsync(userId, AdminAudit.Unlock, takesAdminAway: false, async user =>
        {
            if (!IsLocked(user, clock.GetUtcNow()))
            {
                return false;
            }

            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
            return true;
        }, cancellationToken);

    public Task<AccountChangeOutcome> DisableAsync(string userId, CancellationToken cancellationToken = default) =>
        RunAsync(userId, AdminAudit.Disable, takesAdminAway: true, async user =>
        {
            if (user.IsDisabled)
            {
                return false;
            }

            user.IsDisabled = true;
            Check(await users.UpdateSecurityStampAsync(user));
            return true;
        }, cancellationToken);

    public Task<AccountChangeOutcome> EnableAsync(string userId, CancellationToken cancellationToken = default) =>
        RunAsync(userId, AdminAudit.Enable, takesAdminAway: false, async user =>
        {
            if (!user.IsDisabled)
            {
                return false;
            }

            user.IsDisabled = false;
            Check(await users.UpdateAsync(user));
            return true;
        }, cancellationToken);

    public static bool IsLocked(ApplicationUser user, DateTimeOffset now) => user?.LockoutEnd is { } end && end > now;

    /// <summary>
    /// True when <paramref name="user"/> is an admin who can sign in and no other such admin exists. Call it inside the
    /// transaction that makes the change.
    /// </summary>
    internal static async Task<bool> IsLastActiveAdminAsync(AppDbContext db, ApplicationUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var adminRoleId = await db.Roles.Where(r => r.Name == Roles.Admin).Select(r => r.Id).SingleAsync(cancellationToken);
        var admins = await db.UserRoles.Where(ur => ur.RoleId == adminRoleId)
            .Join(db.Users, ur => ur.UserId, u => u.Id, (ur, u) => new { u.Id, u.IsDisabled, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        if (!admins.Any(a => a.Id == user.Id))
        {
            return false;
        }

        // Filtered here: SQLite cannot compare DateTimeOffset in SQL, and admins are few.
        return !admins.Any(a => a.Id != user.Id && !a.IsDisabled && !(a.LockoutEnd is { } end && end > now));
    }

    private async Task<AccountChangeOutcome> RunAsync(
        string userId,
        string action,
        bool takesAdminAway,
        Func<ApplicationUser, Task<bool>> change,
        CancellationToken cancellationToken)
    {
        return await SerializableRetry.RunAsync(db, () => RunOnceAsync(userId, action, takesAdminAway, change, cancellationToken));
    }

    private async Task<AccountChangeOutcome> RunOnceAsync(
        string userId,
        string action,
        bool takesAdminAway,
        Func<ApplicationUser, Task<bool>> change,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AccountChangeOutcome.NotFound;
        }

        if (takesAdminAway && await IsLastActiveAdminAsync(db, user, clock.GetUtcNow(), cancellationToken))
        {
            AccountsLog.AdminActionRefused(logger, audit.ActorId, action, user.Id, "last admin");
            return AccountChangeOutcome.LastAdmin;
        }

        if (!await change(user))
        {
            return AccountChangeOutcome.Unchanged;
        }

        audit.Add(action, user.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        AccountsLog.AdminAction(logger, audit.ActorId, action, user.Id);
        return AccountChangeOutcome.Done;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Identity refused the change: {string.Join(", ", result.Errors.Select(e => e.Code))}");
        }
    }
}
