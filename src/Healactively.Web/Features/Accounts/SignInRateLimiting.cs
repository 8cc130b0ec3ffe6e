using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;

namespace Healactively.Web.Features.Accounts;

/// <summary>
/// Slows password guessing and account spraying: each client address may post to the account forms
/// (sign-in, second factor, recovery code, registration, forgotten and reset password, resent confirmation)
/// <c>RateLimiting:PermitLimit</c> times per <c>RateLimiting:WindowSeconds</c>, all forms together; past that it
/// gets 429 with Retry-After. The limit is endpoint metadata on those pages (<see cref="LimitAccountForms"/>), so
/// every URL routing maps to them (trailing slash, any case) is limited, not only the exact path strings.
/// </summary>
internal static class SignInRateLimiting
{
    public const string Policy = "account-forms";

    /// <summary>The Identity-area pages whose posts are limited.</summary>
    public static readonly IReadOnlyList<string> LimitedPages =
    [
        "/Account/Login",
        "/Account/LoginWith2fa",
        "/Account/LoginWithRecoveryCode",
        "/Account/Register",
        "/Account/ForgotPassword",
        "/Account/ResetPassword",
        "/Account/ResendEmailConfirmation",
    ];

    public static IServiceCollection AddSignInRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("RateLimiting");
        var permitLimit = section.GetValue("PermitLimit", 10);
        var window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 60));

        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        ClientAddress(context),
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permitLimit, Window = window, QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>Puts the <see cref="Policy"/> on every limited page's endpoint, whatever URL reaches it.</summary>
    public static PageConventionCollection LimitAccountForms(this PageConventionCollection conventions)
    {
        foreach (var page in LimitedPages)
        {
            conventions.AddAreaPageApplicationModelConvention("Identity", page,
                model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(Policy)));
        }

        return conventions;
    }

    /// <summary>The client address (the proxy's X-Forwarded-For from loopback counts, see the pipeline).</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

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
