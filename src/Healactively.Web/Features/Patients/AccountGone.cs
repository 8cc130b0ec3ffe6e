using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Features.Patients;

/// <summary>The signed-in account no longer exists (deleted in the minute before its session is checked again).</summary>
public sealed class AccountGoneException() : Exception("The signed-in account no longer exists.");

/// <summary>The session's security stamp is not the account's any more (signed out elsewhere, password changed, locked).</summary>
public sealed class SessionRevokedException(string userId) : Exception("The session's security stamp is no longer the account's.")
{
    public string UserId { get; } = userId;
}

/// <summary>Ends such a session and sends the person to sign in, instead of an error page.</summary>
internal sealed partial class AccountGoneMiddleware(RequestDelegate next, ILogger<AccountGoneMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (AccountGoneException) when (!context.Response.HasStarted)
        {
            await EndSessionAsync(context);
        }
        catch (SessionRevokedException revoked) when (!context.Response.HasStarted)
        {
            LogRevoked(logger, revoked.UserId);
            await EndSessionAsync(context);
        }
    }

    private static async Task EndSessionAsync(HttpContext context)
    {
        // Cleared first, so the cookie's removal is sent; the challenge sends the person to sign in and back, as when
        // Identity's own check ends a session.
        context.Response.Clear();
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        await context.ChallengeAsync(IdentityConstants.ApplicationScheme);
    }

    [LoggerMessage(EventId = 4210, Level = LogLevel.Warning, Message = "Session of user {UserId} ended on a patient page: its security stamp changed")]
    private static partial void LogRevoked(ILogger logger, string userId);
}
