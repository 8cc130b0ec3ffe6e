using Healactively.Web.Features.Accounts;
using Healactively.Web.Features.Backups;
using Healactively.Web.Features.Care;
using Healactively.Web.Features.Cheers;
using Healactively.Web.Features.Email;
using Healactively.Web.Features.Home;
using Healactively.Web.Features.Journal;
using Healactively.Web.Features.Metrics;
using Healactively.Web.Features.Outcomes;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Progress;
using Healactively.Web.Features.Push;
using Healactively.Web.Features.Reminders;
using Healactively.Web.Features.Supporters;
using Healactively.Web.Features.WeekInWins;
using Healactively.Web.Features.Wins;

namespace Healactively.Web.Startup;

/// <summary>The clock, and each feature's own services (each feature registers itself in its <c>&lt;Feature&gt;Setup</c>).</summary>
internal static class FeaturesSetup
{
    public static IServiceCollection AddHealactivelyFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        return services
            .AddHealactivelyPatients()
            .AddHealactivelyJournal()
            .AddHealactivelyWins()
            .AddHealactivelyOutcomes()
            .AddHealactivelyProgress()
            .AddHealactivelyWeekInWins()
            .AddHealactivelyHome()
            .AddHealactivelyMetrics()
            .AddHealactivelyCare()
            .AddHealactivelySupporters()
            .AddHealactivelyAccounts()
            .AddHealactivelyEmail(configuration)
            .AddHealactivelyReminders(configuration)
            .AddHealactivelyPush(configuration)
            .AddHealactivelyBackups()
            .AddHealactivelyCheers();
    }
}
