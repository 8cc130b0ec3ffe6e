using System.ComponentModel.DataAnnotations;
using Healactively.Domain.Calendar;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Features.Operator;

/// <summary>
/// <c>users create</c>: an account in one role, email confirmed, through <see cref="UserManager{TUser}"/>
/// so Identity's password rules apply. The command line is checked before the password is asked for.
/// </summary>
internal sealed class CreateUserCommand(UserManager<ApplicationUser> users, AppDbContext db, TimeProvider clock, ILogger<CreateUserCommand> logger)
{
    public const string EmailOption = "--email";
    public const string RoleOption = "--role";
    public const string DisplayNameOption = "--display-name";
    public const string TimeZoneOption = "--time-zone";
    public const string DefaultTimeZone = "UTC";

    private const int EmailMaxLength = 256;

    public static IReadOnlyCollection<string> Options { get; } = [EmailOption, RoleOption, DisplayNameOption, TimeZoneOption];

    public async Task<int> RunAsync(OperatorArguments arguments, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        var request = Validate(arguments, out var problem);
        if (request is null)
        {
            return Refuse(error, OperatorExitCodes.Usage, "usage", problem!);
        }

        if (await users.FindByEmailAsync(request.Email) is not null)
        {
            return Refuse(error, OperatorExitCodes.DuplicateEmail, "duplicate email", $"an account with the email {request.Email} already exists.");
        }

        var password = PasswordInput.Read(input, error);
        if (password is null)
        {
            return Refuse(error, OperatorExitCodes.Usage, "no password", "no password on standard input: type it, or pipe one line into the command.");
        }

        var user = new ApplicationUser
        {
            UserName = request.Email,
            Email = request.Email,
            EmailConfirmed = true,
            DisplayName = request.DisplayName,
            TimeZoneId = request.TimeZoneId,
            CreatedAt = clock.GetUtcNow(),
        };

        // The account and its role are saved together, or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return RefuseCreation(error, request.Email, created.Errors);
        }

        var inRole = await users.AddToRoleAsync(user, request.Role);
        if (!inRole.Succeeded)
        {
            return Refuse(error, OperatorExitCodes.Failed, "role", $"could not add the account to the role {request.Role}: {Describe(inRole.Errors)}");
        }

        await transaction.CommitAsync(cancellationToken);
        OperatorLog.AccountCreated(logger, user.Id, request.Role);
        output.WriteLine($"Created {RoleWord(request.Role)} account for {request.Email}.");
        return OperatorExitCodes.Success;
    }

    private static Request? Validate(OperatorArguments arguments, out string? problem)
    {
        var email = arguments[EmailOption]?.Trim();
        var roleText = arguments[RoleOption]?.Trim();
        var zone = arguments[TimeZoneOption]?.Trim() ?? DefaultTimeZone;
        var displayName = arguments[DisplayNameOption]?.Trim();

        problem = email switch
        {
            null or "" => $"{EmailOption} is required. Run 'users --help' for usage.",
            { Length: > EmailMaxLength } => $"the email can be at most {EmailMaxLength} characters.",
            _ when !new EmailAddressAttribute().IsValid(email) || email.StartsWith('@') => $"'{email}' is not an email address.",
            _ => null,
        };
        problem ??= string.IsNullOrEmpty(roleText) ? $"{RoleOption} is required: patient, clinician or admin." : null;

        var role = Roles.NormalizeAssignable(roleText);
        problem ??= role is null ? $"unknown role '{roleText}'. Use patient, clinician or admin." : null;
        problem ??= PatientCalendar.TryFindZone(zone, out _) ? null : $"unknown time zone '{zone}'. Use an IANA id such as Europe/London or America/Chicago.";

        if (string.IsNullOrEmpty(displayName) && email is not null)
        {
            displayName = email[..Math.Max(0, email.IndexOf('@', StringComparison.Ordinal))];
        }

        problem ??= displayName is { Length: > ApplicationUser.DisplayNameMaxLength }
            ? $"the display name can be at most {ApplicationUser.DisplayNameMaxLength} characters."
            : null;
        problem ??= Healactively.Domain.Text.ReadableName.HasHiddenCharacters(displayName)
            ? "the display name contains an invisible or text-direction character (a zero-width space, a right-to-left mark); type it again without it."
            : null;

        return problem is null ? new Request(email!, role!, displayName!, zone) : null;
    }

    private int RefuseCreation(TextWriter error, string email, IEnumerable<IdentityError> errors)
    {
        var all = errors.ToArray();
        if (all.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
        {
            return Refuse(error, OperatorExitCodes.DuplicateEmail, "duplicate email", $"an account with the email {email} already exists.");
        }

        var password = all.Where(e => e.Code.StartsWith("Password", StringComparison.Ordinal)).ToArray();
        if (password.Length > 0)
        {
            return Refuse(error, OperatorExitCodes.WeakPassword, "weak password", $"password refused: {Describe(password)}");
        }

        return Refuse(error, OperatorExitCodes.Failed, "identity", $"could not create the account: {Describe(all)}");
    }

    private int Refuse(TextWriter error, int exitCode, string reason, string message)
    {
        OperatorLog.AccountRefused(logger, reason);
        error.WriteLine($"error: {message}");
        return exitCode;
    }

    private static string Describe(IEnumerable<IdentityError> errors) => string.Join(" ", errors.Select(e => e.Description));

    private static string RoleWord(string role) => role switch
    {
        Roles.Patient => "patient",
        Roles.Clinician => "clinician",
        Roles.Admin => "admin",
        _ => role,
    };

    private sealed record Request(string Email, string Role, string DisplayName, string TimeZoneId);
}
