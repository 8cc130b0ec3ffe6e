using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Features.Supporters;

/// <summary>What accepting an invitation did.</summary>
public abstract record AcceptOutcome
{
    private AcceptOutcome()
    {
    }

    public sealed record Accepted(string PatientId) : AcceptOutcome;

    /// <summary>Unknown, expired, used or cancelled: one answer for all.</summary>
    public sealed record LinkDead : AcceptOutcome;

    /// <summary>Clinicians and admins cannot be supporters.</summary>
    public sealed record StaffRefused : AcceptOutcome;

    /// <summary>The patient who sent the invitation opened it themselves.</summary>
    public sealed record Own : AcceptOutcome;

    /// <summary>The invited address already has an account: sign in to accept.</summary>
    public sealed record AccountExists : AcceptOutcome;

    public sealed record PasswordRefused(IReadOnlyList<IdentityError> Errors) : AcceptOutcome;
}

/// <summary>
/// Accepting a supporter invitation: a new account with the role Supporter (the email is confirmed by the act of opening
/// the link), or an existing patient or supporter account that then also gets the role. Clinicians and admins are refused.
/// </summary>
public sealed class SupporterAccounts(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, SupporterInvitations invitations, TimeProvider clock)
{
    public async Task<AcceptOutcome> CreateAndAcceptAsync(string? token, string? displayName, string password, CancellationToken cancellationToken = default)
    {
        if (await invitations.FindOpenAsync(token, cancellationToken) is not { } open)
        {
            return new AcceptOutcome.LinkDead();
        }

        if (await users.FindByEmailAsync(open.Email) is not null)
        {
            return new AcceptOutcome.AccountExists();
        }

        var name = string.IsNullOrWhiteSpace(displayName) ? open.Name ?? open.Email.Split('@')[0] : displayName.Trim();
        var user = new ApplicationUser
        {
            UserName = open.Email,
            Email = open.Email,
            EmailConfirmed = true,
            DisplayName = name.Length > ApplicationUser.DisplayNameMaxLength ? name[..ApplicationUser.DisplayNameMaxLength] : name,
            CreatedAt = clock.GetUtcNow(),
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return new AcceptOutcome.PasswordRefused([.. created.Errors]);
        }

        await users.AddToRoleAsync(user, Roles.Supporter);
        if (await invitations.AcceptAsync(token, user.Id, cancellationToken) is null)
        {
            return new AcceptOutcome.LinkDead();
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return new AcceptOutcome.Accepted(open.PatientId);
    }

    /// <summary>The signed-in account accepts: a patient or supporter (gets the role if new to it); never staff.</summary>
    public async Task<AcceptOutcome> AcceptSignedInAsync(string? token, string userId, CancellationToken cancellationToken = default)
    {
        if (await invitations.FindOpenAsync(token, cancellationToken) is not { } open)
        {
            return new AcceptOutcome.LinkDead();
        }

        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return new AcceptOutcome.LinkDead();
        }

        var check = await CheckAsync(user, open);
        if (check is not null)
        {
            return check;
        }

        if (await invitations.AcceptAsync(token, user.Id, cancellationToken) is null)
        {
            return new AcceptOutcome.LinkDead();
        }

        if (!await users.IsInRoleAsync(user, Roles.Supporter))
        {
            await users.AddToRoleAsync(user, Roles.Supporter);
            await signIn.RefreshSignInAsync(user); // the session carries the new role from the next request on
        }

        return new AcceptOutcome.Accepted(open.PatientId);
    }

    /// <summary>Whether this signed-in account may accept this invitation: null when it may, else the refusal.</summary>
    public async Task<AcceptOutcome?> CheckAsync(ApplicationUser user, OpenSupporterInvitation open)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(open);
        if (await users.IsInRoleAsync(user, Roles.Clinician) || await users.IsInRoleAsync(user, Roles.Admin))
        {
            return new AcceptOutcome.StaffRefused();
        }

        return user.Id == open.PatientId ? new AcceptOutcome.Own() : null;
    }
}
