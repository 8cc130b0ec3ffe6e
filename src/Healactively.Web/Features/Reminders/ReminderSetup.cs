namespace Healactively.Web.Features.Reminders;

internal static class ReminderSetup
{
    /// <summary>The reminder job and its unsubscribe links; the background service only when <c>Reminders:Enabled</c>.</summary>
    public static IServiceCollection AddHealactivelyReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().Bind(configuration.GetSection(ReminderOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddScoped<DailyReminderRun>();
        services.AddScoped<ReminderSettings>();
        services.AddScoped<WeeklySummaryRun>();
        services.AddScoped<WeeklySummarySettings>();
        services.AddScoped<SupporterDigestQuery>();
        services.AddScoped<SupporterDigestSettings>();
        if (configuration.GetValue(ReminderOptions.Section + ":" + nameof(ReminderOptions.Enabled), defaultValue: true))
        {
            services.AddHostedService<DailyReminderService>();
        }

        return services;
    }
}
