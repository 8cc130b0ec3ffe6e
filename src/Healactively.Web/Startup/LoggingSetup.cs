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
            // MVC logs a download's file name at Information, and a visit report's file name carries the patient's name.
            .MinimumLevel.Override("Microsoft.AspNetCore.Mvc.Infrastructure.FileContentResultExecutor", Serilog.Events.LogEventLevel.Warning)
            .Enrich.FromLogContext(),
            // Each app keeps its own logger instead of the process-wide static one (several apps share a test process).
            preserveStaticLogger: true);
        return builder;
    }
}
