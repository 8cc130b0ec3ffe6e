namespace Healactively.Web.Features.Journal;

/// <summary>The journal's one write path and its reads: save, delete, import, export.</summary>
internal static class JournalSetup
{
    public static IServiceCollection AddHealactivelyJournal(this IServiceCollection services)
    {
        services.AddScoped<FlareSequenceCheck>();
        services.AddScoped<FormKeys>();
        services.AddScoped<JournalWriter>();
        services.AddScoped<SaveEntry>();
        services.AddScoped<DeleteEntry>();
        services.AddScoped<ImportJournal>();
        services.AddScoped<ExportJournal>();
        return services;
    }
}
