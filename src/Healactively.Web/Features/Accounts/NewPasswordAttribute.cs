using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Healactively.Web.Features.Accounts;

/// <summary>
/// The length rule and words of every form that sets a password (register, invitation, supporter account, reset), the
/// same as Identity's own check (<see cref="MinLength"/> is its <c>RequiredLength</c>). A <see cref="StringLengthAttribute"/>,
/// so the browser checks it too.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NewPasswordAttribute : StringLengthAttribute
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    public NewPasswordAttribute()
        : base(MaxLength)
    {
        MinimumLength = MinLength;
        ErrorMessage = "Your password needs at least {2} characters (a short sentence works well).";
    }
}

public static class PasswordErrors
{
    /// <summary>Shows Identity's refusals of a new password: beside the password field, other errors above the form.</summary>
    public static void AddPasswordErrors(this ModelStateDictionary modelState, IEnumerable<IdentityError> errors, string passwordField = "Input.Password")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var error in errors)
        {
            modelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : string.Empty, error.Description);
        }
    }
}
