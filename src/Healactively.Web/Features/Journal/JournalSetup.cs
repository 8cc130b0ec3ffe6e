namespace Healactively.Web.Features.Journal;

/// <summary>The journal's one write path and its reads: the entry form, history, save, delete, import, export.</summary>
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
        services.AddScoped<JournalDayQuery>();
        services.AddScoped<JournalHistoryQuery>();
        services.AddScoped<EntrySummaryQuery>();
        services.AddScoped<ImportMetricColumnsQuery>();
        return services;
    }
}
