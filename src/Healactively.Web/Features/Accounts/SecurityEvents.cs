namespace Healactively.Web.Features.Accounts;

/// <summary>
/// Every account-security event, logged in one place with the user id only (never an email, a name or a password),
/// so an operator can follow one account's sign-ins, failures, lockouts and refusals.
/// </summary>
public sealed partial class SecurityEvents(ILogger<SecurityEvents> logger)
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Sign-in succeeded for user {UserId}")]
    public partial void SignInSucceeded(string userId);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Sign-in for user {UserId} needs a second factor")]
    public partial void SignInNeedsSecondFactor(string userId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Sign-in failed for user {UserId}: wrong password")]
    public partial void SignInFailed(string userId);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "Sign-in failed: no account has the address given")]
    public partial void SignInFailedUnknownAccount();

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Sign-in refused for user {UserId}: the account is locked out")]
    public partial void SignInLockedOut(string userId);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Warning, Message = "Sign-in refused for user {UserId}: the account may not sign in")]
    public partial void SignInNotAllowed(string userId);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "User {UserId} signed out; their other sessions end within a minute")]
    public partial void SignedOut(string userId);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Information, Message = "Session of user {UserId} ended: signed in more than {Hours} hours ago")]
    public partial void SessionExpiredAbsolute(string userId, double hours);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Information, Message = "Session of user {UserId} ended: the account's security stamp changed")]
    public partial void SessionRevoked(string userId);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Information, Message = "User {UserId} changed their password")]
    public partial void PasswordChanged(string userId);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Information, Message = "User {UserId} reset their password")]
    public partial void PasswordReset(string userId);

    [LoggerMessage(EventId = 4030, Level = LogLevel.Warning, Message = "Access denied to user {UserId} on {Method} {Path}")]
    public partial void AccessDenied(string userId, string method, string path);

    [LoggerMessage(EventId = 4040, Level = LogLevel.Warning, Message = "Too many account requests from one address on {Path}; answered 429")]
    public partial void RateLimited(string path);
}
