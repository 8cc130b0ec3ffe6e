using Healactively.Web.Features.Email;
using Healactively.Web.Features.Jobs;
using Microsoft.Extensions.Options;

namespace Healactively.Web.Features.Reminders;

/// <summary>
/// Runs <see cref="DailyReminderRun"/> and then <see cref="WeeklySummaryRun"/> on a timer of the injected clock, on the one instance holding the
/// reminders lease; a failed run is logged, never fatal. (Each patient's day is also claimed row by row, so a
/// lease lost mid-run still cannot send a reminder twice.)
/// </summary>
internal sealed class DailyReminderService(
    IServiceScopeFactory scopes,
    AppInstance instance,
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

    private const string LeaseName = "reminders";

    // Held across ticks by the same instance; another instance takes over once it has lapsed for a few ticks.
    private TimeSpan LeaseLength() => options.Value.Interval * 3;

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var lease = scope.ServiceProvider.GetRequiredService<JobLease>();
            if (await lease.TryAcquireAsync(LeaseName, instance.Id, LeaseLength(), stoppingToken))
            {
                await scope.ServiceProvider.GetRequiredService<DailyReminderRun>().RunOnceAsync(stoppingToken);
                await scope.ServiceProvider.GetRequiredService<WeeklySummaryRun>().RunOnceAsync(stoppingToken);
            }
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // A database or mail server hiccup must not stop reminders for good: log it and try again next tick.
            ReminderLog.RunFailed(logger, exception);
        }
    }
}
