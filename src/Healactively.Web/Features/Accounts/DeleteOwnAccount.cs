using System.ComponentModel.DataAnnotations;
using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Features.Accounts;

/// <summary>What a person types to delete their own account: their password and their email, to show they mean it.</summary>
public sealed class DeleteOwnAccountInput
{
    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Your password")]
    public string Password { get; set; } = string.Empty;

    [Required(ErrorMessage = "Type your email to confirm.")]
    [Display(Name = "Your email")]
    public string ConfirmEmail { get; set; } = string.Empty;
}

/// <summary>A problem with the form, for the field it names (an empty field name: above the form).</summary>
public sealed record DeleteOwnAccountProblem(string Field, string Message);

/// <summary>
/// A patient or a supporter deletes their own account (<c>/Profile/Delete</c>, Identity's manage page): the password and
/// the typed email are checked, then the same erasure an admin uses runs; the caller signs the person out.
/// </summary>
public sealed class DeleteOwnAccount(UserManager<ApplicationUser> users, AccountErasure erasure)
{
    /// <summary>No problems when the account is gone.</summary>
    public async Task<IReadOnlyList<DeleteOwnAccountProblem>> RunAsync(ApplicationUser user, DeleteOwnAccountInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<DeleteOwnAccountProblem>();
        if (!await users.CheckPasswordAsync(user, input.Password))
        {
            problems.Add(new("Input.Password", "That is not your password."));
        }

        if (!string.Equals(input.ConfirmEmail.Trim(), user.Email, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new("Input.ConfirmEmail", "Type your email exactly, to show you mean it."));
        }

        if (problems.Count == 0 && await erasure.EraseAsync(user.Id, byAdmin: false, cancellationToken) != ErasureOutcome.Erased)
        {
            problems.Add(new(string.Empty, "Your account could not be deleted. Please try again."));
        }

        return problems;
    }
}
