using Serilog;

namespace Healactively.Web.Startup;

/// <summary>
/// Serilog from configuration (console by default). Only ids and routes are logged:
/// never journal text, metric values or passwords.
/// </summary>
internal static class LoggingSetup
{
    public static WebApplicationBuilder AddHealactivelyLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(),
            // Each app keeps its own logger instead of the process-wide static one (several apps share a test process).
            preserveStaticLogger: true);
        return builder;
    }
}
