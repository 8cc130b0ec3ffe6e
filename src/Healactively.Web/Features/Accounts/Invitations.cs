using System.Data;
using System.Net;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Healactively.Web.Features.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Accounts;

public enum InvitationOutcome
{
    Sent,
    DuplicateEmail,

    /// <summary>The account exists (or was made) but the email could not be handed to the mail server.</summary>
    EmailFailed,
    NotFound,

    /// <summary>The account already has a password; there is nothing to accept.</summary>
    AlreadyAccepted,
}

/// <summary>
/// Admins make accounts by invitation: the account is created without a password, and an email carries a link to
/// <c>/Account/Invitation</c>, which sets the password and confirms the email. The link expires after
/// <see cref="InvitationTokenProvider.Lifespan"/> and works once.
/// </summary>
public sealed class Invitations(
    AppDbContext db,
    UserManager<ApplicationUser> users,
    AdminAudit audit,
    IMailSender mail,
    PublicLinks links,
    TimeProvider clock,
    ILogger<Invitations> logger)
{
    public async Task<(InvitationOutcome Outcome, string? UserId)> InviteAsync(string email, string displayName, string role, CancellationToken cancellationToken = default)
    {
        // The same form posted twice at once (a double click) races to create one email; the loser runs again and
        // finds the account (PostgreSQL refuses it as a serialization failure, SQLite queues it).
        var user = await SerializableRetry.RunAsync(db, () => CreateOnceAsync(email, displayName, role, cancellationToken));
        if (user is null)
        {
            return (InvitationOutcome.DuplicateEmail, null);
        }

        AccountsLog.AdminAction(logger, audit.ActorId, AdminAudit.Invite, user.Id);
        return (await SendAsync(user, role, cancellationToken), user.Id);
    }

    /// <returns>The new account, or null when the email already has one.</returns>
    private async Task<ApplicationUser?> CreateOnceAsync(string email, string displayName, string role, CancellationToken cancellationToken)
    {
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = displayName,
            CreatedAt = clock.GetUtcNow(),
        };

        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        var created = await users.CreateAsync(user);
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                return null;
            }

            throw new InvalidOperationException($"Identity refused the account: {string.Join(", ", created.Errors.Select(e => e.Code))}");
        }

        var inRole = await users.AddToRoleAsync(user, role);
        if (!inRole.Succeeded)
        {
            throw new InvalidOperationException($"Identity refused the role: {string.Join(", ", inRole.Errors.Select(e => e.Code))}");
        }

        audit.Add(AdminAudit.Invite, user.Id);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }

    /// <summary>Sends a fresh link; earlier links stop working (the security stamp changes).</summary>
    public async Task<InvitationOutcome> ResendAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return InvitationOutcome.NotFound;
        }

        if (await users.HasPasswordAsync(user))
        {
            return InvitationOutcome.AlreadyAccepted;
        }

        await users.UpdateSecurityStampAsync(user);
        audit.Add(AdminAudit.InviteResend, user.Id);
        await db.SaveChangesAsync(cancellationToken);
        AccountsLog.AdminAction(logger, audit.ActorId, AdminAudit.InviteResend, user.Id);
        var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? Roles.Patient;
        return await SendAsync(user, role, cancellationToken);
    }

    /// <summary>Whether the link's token is still good for this account (not expired, not used, no password yet).</summary>
    public async Task<bool> IsValidAsync(ApplicationUser user, string code) =>
        !await users.HasPasswordAsync(user)
        && await users.VerifyUserTokenAsync(user, InvitationTokenProvider.Name, InvitationTokenProvider.Purpose, code);

    private async Task<InvitationOutcome> SendAsync(ApplicationUser user, string role, CancellationToken cancellationToken)
    {
        var code = await users.GenerateUserTokenAsync(user, InvitationTokenProvider.Name, InvitationTokenProvider.Purpose);
        var link = links.Page("/Account/Invitation", new { userId = user.Id, code });
        var days = (int)InvitationTokenProvider.Lifespan.TotalDays;
        var what = role switch
        {
            Roles.Clinician => "a clinician account",
            Roles.Admin => "an admin account",
            _ => "an account for your recovery journal",
        };
        var text = $"""
            Hello {user.DisplayName},

            {what} was made for you on Healactively. Choose your password here (the link works once, for {days} days):

            {link}

            If you did not expect this email, you can ignore it: nothing happens without the link.
            """;
        var html = $"""
            <p>Hello {WebUtility.HtmlEncode(user.DisplayName)},</p>
            <p>{what} was made for you on Healactively. <a href="{WebUtility.HtmlEncode(link)}">Choose your password</a> (the link works once, for {days} days).</p>
            <p>If you did not expect this email, you can ignore it: nothing happens without the link.</p>
            """;
        try
        {
            await mail.SendAsync(new OutgoingEmail(user.Email!, "Your Healactively invitation", text, html), cancellationToken);
            return InvitationOutcome.Sent;
        }
        catch (EmailDeliveryException)
        {
            AccountsLog.InvitationNotSent(logger, user.Id);
            return InvitationOutcome.EmailFailed;
        }
    }
}
