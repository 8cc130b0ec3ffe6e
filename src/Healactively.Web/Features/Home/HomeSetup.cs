namespace Healactively.Web.Features.Home;

/// <summary>The patient's home: today's wins, then and now.</summary>
internal static class HomeSetup
{
    public static IServiceCollection AddHealactivelyHome(this IServiceCollection services) =>
        services.AddScoped<HomeQuery>();
}
