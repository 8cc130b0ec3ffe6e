using Healactively.Web.Data;

namespace Healactively.Web.Startup;

/// <summary>
/// A request that finds the database busy (the journal writer queue timed out, or SQLite answered busy or locked) is
/// answered 503 with <c>Retry-After</c> and the error page's "try again", never 500: nothing was written, since every
/// write is one transaction. Pages that can keep the typed form (the journal day) catch it themselves first.
/// </summary>
internal sealed partial class DatabaseBusyMiddleware(RequestDelegate next, ILogger<DatabaseBusyMiddleware> logger)
{
    public const int RetryAfterSeconds = 5;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (Exception exception) when (DatabaseBusyException.IsBusy(exception) && !context.Response.HasStarted)
        {
            Busy(logger, context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning, Message = "The database was busy for {Path}; answered 503 with Retry-After")]
    private static partial void Busy(ILogger logger, PathString path);
}
