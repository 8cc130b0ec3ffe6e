namespace Healactively.Web.Features.Demo;

/// <summary>
/// Seeds demo accounts with realistic history (idempotent: an existing account is skipped) when the
/// environment is Development, or wherever <c>DemoData:Seed</c> is true. <c>DemoData:Seed=false</c>
/// turns it off in Development too. Operator commands never seed (Program returns before this).
/// </summary>
internal static class DemoDataSetup
{
    public const string SeedSetting = "DemoData:Seed";

    public static async Task SeedDemoDataAsync(this IServiceProvider services, IHostEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(environment);
        if (!ShouldSeed(services.GetRequiredService<IConfiguration>(), environment))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var seeder = ActivatorUtilities.CreateInstance<DemoDataSeeder>(scope.ServiceProvider);
        await seeder.SeedAsync(cancellationToken);
    }

    public static bool ShouldSeed(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        return configuration.GetValue<bool?>(SeedSetting) ?? environment.IsDevelopment();
    }
}
