namespace Healactively.Web.Features.Backups;

/// <summary>Online database backups (admin page and operator command).</summary>
internal static class BackupsSetup
{
    public static IServiceCollection AddHealactivelyBackups(this IServiceCollection services) =>
        services.AddScoped<DatabaseBackup>();
}
