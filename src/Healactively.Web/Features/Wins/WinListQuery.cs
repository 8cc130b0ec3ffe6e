using Healactively.Domain.Calendar;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Wins;

/// <summary>A choice in a filter: the query value and the words shown.</summary>
public sealed record WinFilterOption(string Value, string Label);

/// <summary>The moments of one date, strongest first, and the notes on its week when it is the first date of that week on the page.</summary>
public sealed record WinListDay(DateOnly Date, IReadOnlyList<MomentCard> Moments)
{
    public IReadOnlyList<WinNote> WeekNotes { get; init; } = [];
}

/// <summary>One page of a patient's moments, newest date first, with the filters that apply. Counts are moments.</summary>
public sealed record WinListView(
    int TotalWins,
    int MatchingWins,
    IReadOnlyList<WinFilterOption> MetricOptions,
    IReadOnlyList<WinFilterOption> KindOptions,
    string? Metric,
    string? Kind,
    IReadOnlyList<WinListDay> Days,
    int PageNumber,
    int PageCount)
{
    public bool IsFiltered => Metric is not null || Kind is not null;
}

/// <summary>
/// Every stored win of one patient as moments (one card per date and subject), grouped by date newest first, strongest
/// first inside a date, and paginated by dates (a day is never split across pages). Filter values that are not among the patient's own metrics or kinds are ignored.
/// </summary>
public sealed class WinListQuery(AppDbContext db, PatientViewCache cache)
{
    public const int DatesPerPage = 20;

    private const string IndexView = "win-index";

    public async Task<WinListView> RunAsync(PatientContext patient, string? metric, string? kind, int pageNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var mine = db.Wins.AsNoTracking().Where(w => w.PatientId == patient.PatientId);

        var customMetrics = await db.CustomMetrics.AsNoTracking()
            .Where(m => m.PatientId == patient.PatientId)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        IReadOnlyList<MetricDefinition> metricList = [.. BuiltInMetrics.All, .. customMetrics.Select(m => m.ToDomain())];
        var metrics = metricList.ToDictionary(m => m.Key, StringComparer.Ordinal);

        // Counts people read count moments: one per date and subject.
        var index = await IndexAsync(patient, cancellationToken);
        var metricOptions = index.MetricKeys
            .Select(k => new WinFilterOption(k, WinLabels.Metric(k, metrics)))
            .OrderBy(o => o.Label, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        var kindOptions = index.Kinds
            .Select(k => new WinFilterOption(WinKeys.Of(k), WinLabels.Kind(k)))
            .ToArray();

        var filtered = mine;
        var selectedMetric = index.MetricKeys.Contains(metric ?? string.Empty, StringComparer.Ordinal) ? metric : null;
        if (selectedMetric is not null)
        {
            filtered = filtered.Where(w => w.Metric == selectedMetric);
        }

        WinKind? selectedKind = null;
        if (WinKeys.TryParseKind(kind, out var parsedKind) && index.Kinds.Contains(parsedKind))
        {
            selectedKind = parsedKind;
            filtered = filtered.Where(w => w.Kind == parsedKind);
        }

        var (matching, dates) = index.Select(selectedMetric, selectedKind);
        var pageCount = Math.Max(1, (dates.Count + DatesPerPage - 1) / DatesPerPage);
        var page = Math.Clamp(pageNumber, 1, pageCount);
        var pageDates = dates.Skip((page - 1) * DatesPerPage).Take(DatesPerPage).ToList();

        IReadOnlyList<WinListDay> days = [];
        if (pageDates.Count > 0)
        {
            var newest = pageDates[0];
            var oldest = pageDates[^1];
            var rows = await filtered
                .Where(w => w.Date >= oldest && w.Date <= newest)
                .OrderByDescending(w => w.Date).ThenBy(w => w.Kind).ThenBy(w => w.Metric).ThenBy(w => w.Window)
                .Select(w => new { w.Date, w.Kind, w.Metric, w.Window, w.Baseline, w.Value, w.Delta, w.Tier, w.Message })
                .ToListAsync(cancellationToken);
            var notes = await WinNotes.LoadAsync(db, patient.PatientId, PatientCalendar.MondayOf(oldest), newest, cancellationToken);
            var facts = rows.Select(r => MomentCards.Fact(
                r.Date, r.Kind, r.Metric, r.Window, r.Tier, r.Baseline, r.Value, r.Delta, r.Message, metrics, patient.DistanceUnit, notes));
            var weeksShown = new HashSet<DateOnly>();
            days = MomentCards.NewestDateFirst(facts, MomentCards.OrderOf(metricList), metrics)
                .GroupBy(m => m.Date)
                .Select(day => new WinListDay(day.Key, [.. day])
                {
                    WeekNotes = weeksShown.Add(PatientCalendar.MondayOf(day.Key)) ? notes.ForWeek(PatientCalendar.MondayOf(day.Key)) : [],
                })
                .ToArray();
        }

        return new WinListView(
            index.TotalMoments, matching, metricOptions, kindOptions, selectedMetric, selectedKind is { } k ? WinKeys.Of(k) : null, days, page, pageCount);
    }

    private async Task<WinIndex> IndexAsync(PatientContext patient, CancellationToken cancellationToken)
    {
        if (cache.TryGet<WinIndex>(IndexView, patient, out var cached))
        {
            return cached;
        }

        var rows = await db.Wins.AsNoTracking()
            .Where(w => w.PatientId == patient.PatientId)
            .Select(w => new { w.Date, w.Metric, w.Kind })
            .ToListAsync(cancellationToken);
        var index = WinIndex.Build(rows.Select(r => (r.Date, r.Metric, r.Kind)));
        cache.Set(IndexView, patient, index);
        return index;
    }
}
