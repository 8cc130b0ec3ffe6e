using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Healactively.Web.Features.Accounts;

/// <summary>
/// Slows password guessing and account spraying: each client address may post to the account forms
/// (sign-in, second factor, registration, forgotten and reset password) <c>RateLimiting:PermitLimit</c> times
/// per <c>RateLimiting:WindowSeconds</c>; past that it gets 429 with Retry-After.
/// </summary>
internal static class SignInRateLimiting
{
    private static readonly string[] LimitedPaths =
    [
        "/Identity/Account/Login",
        "/Identity/Account/LoginWith2fa",
        "/Identity/Account/LoginWithRecoveryCode",
        "/Identity/Account/Register",
        "/Identity/Account/ForgotPassword",
        "/Identity/Account/ResetPassword",
        "/Identity/Account/ResendEmailConfirmation",
    ];

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("RateLimiting");
        var permitLimit = section.GetValue("PermitLimit", 10);
        var window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 60));

        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLimited(context.Request)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    private static bool IsLimited(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && LimitedPaths.Any(path => request.Path.Equals(path, StringComparison.OrdinalIgnoreCase));

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        context.RequestServices.GetRequiredService<SecurityEvents>().RateLimited(context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Please wait a moment · Healactively</title></head>
            <body><main><h1>Please wait a moment</h1>
            <p>There were many attempts from your connection in a short time, so we paused them to keep accounts safe.</p>
            <p>Please try again in {seconds} seconds. Your account is safe; the pause ends by itself.</p>
            <p><a href="/">Back to the start page</a></p></main></body></html>
            """, cancellationToken);
    }
}
