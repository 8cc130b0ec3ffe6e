using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;

namespace Healactively.Web.Features.Care;

/// <summary>
/// Short secrets typed by hand (share codes now, supporter invitations later) must not be guessable at machine
/// speed. A page that takes one gets <see cref="LimitCodeGuessing"/>: its posts are limited by the framework's rate
/// limiter per account (<see cref="Policy"/>, on the endpoint) and per client address (the global limiter, for the
/// same endpoints), <c>CodeGuessing:PermitLimit</c> per <c>CodeGuessing:WindowSeconds</c> each. On top of that the
/// page counts codes that were not found (<see cref="CodeGuessFailures"/>): after <c>CodeGuessing:FailureLimit</c>
/// of them within <c>CodeGuessing:FailureWindowMinutes</c> from one account or one address, entry is refused,
/// even of a good code, until the window ends. The counts live in memory, per instance.
/// </summary>
public static class CodeGuessing
{
    public const string Policy = "code-guessing";

    public static IServiceCollection AddCodeGuessingLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("CodeGuessing");
        var permitLimit = section.GetValue("PermitLimit", 10);
        var window = TimeSpan.FromSeconds(section.GetValue("WindowSeconds", 60));
        FixedWindowRateLimiterOptions Limits(string _) => new() { PermitLimit = permitLimit, Window = window, QueueLimit = 0 };

        services.AddSingleton(new CodeGuessFailures(section.GetValue("FailureLimit", 10), TimeSpan.FromMinutes(section.GetValue("FailureWindowMinutes", 60))));
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context => IsGuess(context)
                ? RateLimitPartition.GetFixedWindowLimiter(AccountKey(context), Limits)
                : RateLimitPartition.GetNoLimiter(string.Empty));
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsGuess(context) && context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Policy
                    ? RateLimitPartition.GetFixedWindowLimiter("address:" + ClientAddress(context), Limits)
                    : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }

    /// <summary>Puts the code-guessing limits on a page that takes a typed code (e.g. <c>/Clinician/Link</c>).</summary>
    public static PageConventionCollection LimitCodeGuessing(this PageConventionCollection conventions, string page)
    {
        conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(Policy)));
        return conventions;
    }

    /// <summary>The signed-in account, or the address of an anonymous visitor.</summary>
    public static string AccountKey(HttpContext context) =>
        context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { } userId
            ? "account:" + userId
            : "address:" + ClientAddress(context);

    /// <summary>The client address (a proxy's X-Forwarded-For from loopback counts, see the pipeline).</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static bool IsGuess(HttpContext context) => HttpMethods.IsPost(context.Request.Method);
}

/// <summary>Counts typed codes that were not found, per account and per client address, in a fixed window.</summary>
public sealed class CodeGuessFailures(int failureLimit, TimeSpan window) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = failureLimit, Window = window, QueueLimit = 0 }));

    public TimeSpan Window => window;

    /// <summary>Whether this account or this address has used up its failures for the window.</summary>
    public bool IsPaused(HttpContext context) =>
        Keys(context).Any(key => _failures.GetStatistics(key)?.CurrentAvailablePermits <= 0);

    public void RecordFailure(HttpContext context)
    {
        foreach (var key in Keys(context))
        {
            using var lease = _failures.AttemptAcquire(key);
        }
    }

    public void Dispose() => _failures.Dispose();

    private static string[] Keys(HttpContext context) =>
        [CodeGuessing.AccountKey(context), "address:" + CodeGuessing.ClientAddress(context)];
}
