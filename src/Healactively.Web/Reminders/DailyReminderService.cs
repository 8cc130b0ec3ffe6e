using Microsoft.Extensions.Options;

namespace Healactively.Web.Reminders;

/// <summary>Runs <see cref="DailyReminderRun"/> on a timer of the injected clock; a failed run is logged, never fatal.</summary>
internal sealed class DailyReminderService(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<ReminderOptions> options,
    IOptions<AppLinkOptions> links,
    ILogger<DailyReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (links.Value.BaseUri is null)
        {
            ReminderLog.NoBaseUrl(logger);
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DailyReminderRun>().RunOnceAsync(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // A database or mail server hiccup must not stop reminders for good: log it and try again next tick.
            ReminderLog.RunFailed(logger, exception);
        }
    }
}
