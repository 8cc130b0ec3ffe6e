using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Healactively.Web.Features.Patients;

/// <summary>The signed-in account no longer exists (deleted in the minute before its session is checked again).</summary>
public sealed class AccountGoneException() : Exception("The signed-in account no longer exists.");

/// <summary>Ends such a session and sends the person to sign in, instead of an error page.</summary>
internal sealed class AccountGoneMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (AccountGoneException) when (!context.Response.HasStarted)
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            context.Response.Clear();
            context.Response.Redirect("/Identity/Account/Login");
        }
    }
}
