using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Progress;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Home;

/// <summary>Everything the patient's home shows, what improved first.</summary>
public sealed record HomeView(
    bool HasEntries,
    string? TodaySummary,
    int TodayWinCount,
    IReadOnlyList<Wins.MomentCard> Highlights,
    int WeekWinCount,
    int Streak,
    bool JournaledToday,
    IReadOnlyList<ThenAndNowCard> Cards,
    FlareEpisode? OngoingFlare)
{
    public bool AnyDipped => Cards.Any(c => c.Dipped);

    /// <summary>The moments of the week not among the highlights ("N more wins this week").</summary>
    public int MoreThisWeek => WeekWinCount - Highlights.Count;
}

/// <summary>Today's entry or prompt, the highlights of the week (its strongest moments), the journaling streak, then-and-now per metric, and any ongoing flare-up.</summary>
public sealed class HomeQuery(AppDbContext db, MetricHistoryQuery history, Journal.FlareSequenceCheck flares)
{
    /// <summary>At most this many moments of the week are shown, strongest first; the wins page has them all.</summary>
    public const int HighlightsShown = 5;

    public async Task<HomeView> RunAsync(PatientContext patient, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var today = patient.Today;
        var mine = db.JournalEntries.AsNoTracking().Where(e => e.PatientId == patient.PatientId);

        // The last month's entries answer "any entries?" and "journaled today?" too, and carry the patient's metrics.
        var values = await history.LoadAsync(patient.PatientId, today.AddDays(-ThenAndNow.MonthAgoDays), today, cancellationToken);
        if (values.Entries.Count == 0 && !await mine.AnyAsync(cancellationToken))
        {
            return new HomeView(false, null, 0, [], 0, 0, false, [], null);
        }

        var journaledToday = values.Entries.Any(e => e.Date == today);

        // This week: the 7 dates ending today.
        var weekStart = today.AddDays(1 - Baselines.WeekDays);
        var weekRows = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patient.PatientId && w.Date >= weekStart && w.Date <= today)
            .Select(w => new { w.Date, w.Kind, w.Metric, w.Window, w.Baseline, w.Value, w.Delta, w.Tier, w.Message })
            .ToListAsync(cancellationToken);
        var notes = await Wins.WinNotes.LoadAsync(db, patient.PatientId, weekStart, today, cancellationToken);
        IReadOnlyList<MetricDefinition> metricList = [.. BuiltInMetrics.All, .. values.Metrics.Where(m => !BuiltInMetrics.All.Contains(m))];
        var metrics = metricList.ToDictionary(m => m.Key, StringComparer.Ordinal);
        var weekMoments = Wins.MomentCards.StrongestFirst(
            weekRows.Select(w => Wins.MomentCards.Fact(w.Date, w.Kind, w.Metric, w.Window, w.Tier, w.Baseline, w.Value, w.Delta, w.Message, metrics, patient.DistanceUnit, notes)),
            Wins.MomentCards.OrderOf(metricList),
            metrics);

        var flareTimeline = await flares.TimelineAsync(patient.PatientId, cancellationToken);

        return new HomeView(
            true,
            journaledToday ? Summary(values, today, patient.DistanceUnit) : null,
            weekMoments.Count(m => m.Date == today),
            weekMoments.Take(HighlightsShown).ToArray(),
            weekMoments.Count,
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
