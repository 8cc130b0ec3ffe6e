using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Progress;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Home;

/// <summary>A win of the last seven days, as the home page lists it.</summary>
public sealed record HomeWin(DateOnly Date, string Message, bool Meaningful)
{
    /// <summary>What the patient's clinicians wrote about this win.</summary>
    public IReadOnlyList<Wins.WinNote> Notes { get; init; } = [];
}

/// <summary>Everything the patient's home shows, what improved first.</summary>
public sealed record HomeView(
    bool HasEntries,
    string? TodaySummary,
    int TodayWinCount,
    IReadOnlyList<HomeWin> WeekWins,
    int WeekWinCount,
    int Streak,
    bool JournaledToday,
    IReadOnlyList<ThenAndNowCard> Cards,
    FlareEpisode? OngoingFlare)
{
    public bool AnyDipped => Cards.Any(c => c.Dipped);
}

/// <summary>Today's entry or prompt, this week's wins, the journaling streak, then-and-now per metric, and any ongoing flare-up.</summary>
public sealed class HomeQuery(AppDbContext db, MetricHistoryQuery history, Journal.FlareSequenceCheck flares)
{
    /// <summary>The newest wins of the week shown on the home page; the wins page has them all.</summary>
    public const int WeekWinsShown = 8;

    public async Task<HomeView> RunAsync(PatientContext patient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var today = patient.Today;
        var mine = db.JournalEntries.AsNoTracking().Where(e => e.PatientId == patient.PatientId);
        if (!await mine.AnyAsync(cancellationToken))
        {
            return new HomeView(false, null, 0, [], 0, 0, false, [], null);
        }

        var values = await history.LoadAsync(patient.PatientId, today.AddDays(-ThenAndNow.MonthAgoDays), today, cancellationToken);
        var journaledToday = await mine.AnyAsync(e => e.Date == today, cancellationToken);

        // This week: the 7 dates ending today.
        var weekStart = today.AddDays(1 - Baselines.WeekDays);
        var weekRows = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patient.PatientId && w.Date >= weekStart && w.Date <= today)
            .OrderByDescending(w => w.Date).ThenBy(w => w.Kind).ThenBy(w => w.Metric).ThenBy(w => w.Window)
            .Select(w => new { w.Date, w.Kind, w.Metric, w.Window, w.Message, w.Tier })
            .ToListAsync(cancellationToken);
        var notes = await Wins.WinNotes.LoadAsync(db, patient.PatientId, weekStart, today, cancellationToken);
        var weekWins = weekRows
            .Select(w => new HomeWin(w.Date, w.Message, w.Tier == WinTier.Meaningful) { Notes = notes.ForWin(w.Date, w.Kind, w.Metric, w.Window) })
            .ToList();

        var flareTimeline = await flares.TimelineAsync(patient.PatientId, cancellationToken);

        return new HomeView(
            true,
            journaledToday ? Summary(values, today, patient.DistanceUnit) : null,
            weekWins.Count(w => w.Date == today),
            weekWins.Take(WeekWinsShown).ToArray(),
            weekWins.Count,
            await StreakAsync(mine.Where(e => e.Date <= today).Select(e => e.Date), today, cancellationToken),
            journaledToday,
            ThenAndNow.Cards(values, today, patient.DistanceUnit),
            flareTimeline.Ongoing);
    }

    /// <summary>Consecutive days with an entry, ending today or (when today is not journaled yet) yesterday.</summary>
    public static async Task<int> StreakAsync(IQueryable<DateOnly> entryDates, DateOnly today, CancellationToken cancellationToken = default)
    {
        var streak = 0;
        DateOnly? expected = null;
        await foreach (var date in entryDates.OrderByDescending(d => d).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (expected is null && (date == today || date == today.AddDays(-1)))
            {
                expected = date;
            }

            if (date != expected)
            {
                break;
            }

            streak++;
            expected = date.AddDays(-1);
        }

        return streak;
    }

    /// <summary>Today's numbers, what helps first: "sat 45 min · walked 1.5 km · pain 3/10".</summary>
    private static string Summary(MetricHistory values, DateOnly today, DistanceUnit distanceUnit)
    {
        var parts = new List<string>(values.Metrics.Count);
        foreach (var metric in values.Metrics)
        {
            if (values.ValueOn(metric, today) is not { } value)
            {
                continue;
            }

            var text = MetricFormat.FormatValue(metric, value, distanceUnit);
            parts.Add(metric switch
            {
                _ when ChartUnits.IsBuiltIn(metric, BuiltInMetrics.SittingKey) => $"sat {text}",
                _ when ChartUnits.IsBuiltIn(metric, BuiltInMetrics.WalkingKey) => $"walked {text}",
                _ when ChartUnits.IsBuiltIn(metric, BuiltInMetrics.PainKey) => $"pain {MetricFormat.FormatNumber(value)}/10",
                _ => $"{metric.Name}: {text}",
            });
        }

        return parts.Count == 0 ? "No numbers today — checking in still counts." : string.Join(" · ", parts);
    }
}
