using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Healactively.Web.Features.Patients;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Care;

/// <summary>One linked patient as the clinician's home lists them; dates are in the patient's own zone.</summary>
public sealed record TriageRow(
    string PatientId,
    string Name,
    DateOnly? LastEntry,
    int? DaysSinceLastEntry,
    int WinsLastWeek,
    decimal? PainNow,
    DateOnly? PainNowDate,
    decimal? PainBaseline,
    DateOnly? OngoingFlareSince,
    bool NoRecentEntry,
    bool PainAboveUsual)
{
    /// <summary>The full name the patient gave for their clinic (optional), shown to linked clinicians only.</summary>
    public string? FullName { get; init; }

    /// <summary>The patient's clinic reference (optional).</summary>
    public string? ClinicReference { get; init; }

    public decimal? PainDifference => PainNow is { } now && PainBaseline is { } usual ? now - usual : null;

    public int FlagCount => (NoRecentEntry ? 1 : 0) + (PainAboveUsual ? 1 : 0);

    /// <summary>"1.5 points higher than usual", "lower", or "same as usual"; null without a month baseline.</summary>
    public string? PainComparison => PainDifference switch
    {
        null => null,
        0m => "the same as usual",
        var d => $"{MetricFormat.FormatNumber(Math.Abs(d.Value))} {(Math.Abs(d.Value) == 1m ? "point" : "points")} {(d > 0 ? "higher" : "lower")} than usual",
    };
}

/// <summary>A page of the triage list, with the sort it was asked for.</summary>
public sealed record TriageView(IReadOnlyList<TriageRow> Rows, int TotalPatients, string Sort, string Direction, int PageNumber, int PageCount);

/// <summary>
/// The clinician's home: every patient with an unrevoked link, with last entry, wins of the last 7 days,
/// pain now against the month baseline, any ongoing flare-up and two flags. A fixed number of narrow
/// queries for the whole list (no query per patient); each patient's "today" is in their own zone.
/// </summary>
public sealed class ClinicianTriageQuery(AppDbContext db, TimeProvider clock, PatientViewCache cache)
{
    public const int PageSize = 25;
    public const string AttentionSort = "attention";

    private const string CacheKey = "triage";

    /// <summary>The oldest day read: pain now can be 6 days back, and its month window 30 days before that.</summary>
    private const int DaysRead = Baselines.WeekDays - 1 + Baselines.MonthDays;

    public static readonly IReadOnlyList<string> Sorts = ["name", "last-entry", "days-since", "wins", "pain"];

    public async Task<TriageView> RunAsync(string clinicianId, string? sort, string? direction, int pageNumber, CancellationToken cancellationToken = default)
    {
        var linked = await db.CareLinks.AsNoTracking()
            .Where(l => l.ClinicianId == clinicianId && l.RevokedAt == null)
            .Join(db.Users, l => l.PatientId, u => u.Id, (l, u) => new { u.Id, u.DisplayName, u.TimeZoneId, u.DistanceUnit, u.JournalStamp, u.FullName, u.ClinicReference })
            .Distinct()
            .ToListAsync(cancellationToken);
        var patients = linked
            .Select(p => CurrentPatient.ForProfile(p.Id, p.DisplayName, p.TimeZoneId, p.DistanceUnit, clock) with { JournalStamp = p.JournalStamp })
            .ToArray();

        var identities = linked.ToDictionary(p => p.Id, p => (p.FullName, p.ClinicReference), StringComparer.Ordinal);

        // A patient's row changes only with their journal stamp or their local day; the names are always the current ones.
        var rows = new List<TriageRow>(patients.Length);
        var missing = new List<PatientContext>();
        foreach (var patient in patients)
        {
            if (cache.TryGet<TriageRow>(CacheKey, patient, out var row))
            {
                rows.Add(row with { Name = patient.DisplayName, FullName = identities[patient.PatientId].FullName, ClinicReference = identities[patient.PatientId].ClinicReference });
            }
            else
            {
                missing.Add(patient);
            }
        }

        foreach (var (patient, row) in await ComputeRowsAsync(missing, cancellationToken))
        {
            cache.Set(CacheKey, patient, row);
            rows.Add(row with { FullName = identities[patient.PatientId].FullName, ClinicReference = identities[patient.PatientId].ClinicReference });
        }

        var (sortKey, dir) = Normalise(sort, direction);
        var sorted = Sort(rows, sortKey, dir == "desc");
        var pageCount = Math.Max(1, (sorted.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(pageNumber, 1, pageCount);
        return new TriageView(sorted.Skip((page - 1) * PageSize).Take(PageSize).ToArray(), sorted.Count, sortKey, dir, page, pageCount);
    }

    /// <summary>The rows of these patients, with a fixed number of narrow queries for all of them (no query per patient).</summary>
    private async Task<List<(PatientContext Patient, TriageRow Row)>> ComputeRowsAsync(List<PatientContext> patients, CancellationToken cancellationToken)
    {
        var rows = new List<(PatientContext, TriageRow)>(patients.Count);
        if (patients.Count == 0)
        {
            return rows;
        }

        var ids = patients.Select(p => p.PatientId).ToArray();
        var from = patients.Min(p => p.Today).AddDays(-DaysRead);
        var painByPatient = (await db.JournalEntries.AsNoTracking()
                .Where(e => ids.Contains(e.PatientId) && e.Date >= from && e.Pain != null)
                .Select(e => new { e.PatientId, e.Date, Pain = e.Pain!.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.PatientId, StringComparer.Ordinal);
        var flaresByPatient = (await db.JournalEntries.AsNoTracking()
                .Where(e => ids.Contains(e.PatientId) && e.Flare != FlareMark.None)
                .Select(e => new { e.PatientId, e.Date, e.Flare })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.PatientId, StringComparer.Ordinal);
        // One MAX per patient is a single index seek; a GROUP BY over the patients' entries reads every journal day.
        var lastEntries = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, Last = db.JournalEntries.Where(e => e.PatientId == u.Id).Max(e => (DateOnly?)e.Date) })
            .Where(p => p.Last != null)
            .ToDictionaryAsync(p => p.Id, p => p.Last!.Value, StringComparer.Ordinal, cancellationToken);
        var weekFrom = patients.Min(p => p.Today).AddDays(1 - Baselines.WeekDays);
        var winsByPatient = (await db.Wins.AsNoTracking()
                .Where(w => ids.Contains(w.PatientId) && w.Date >= weekFrom)
                // Counts people read count moments: one per date and subject, so a date counts its distinct subjects.
                .GroupBy(w => new { w.PatientId, w.Date, w.Metric })
                .Select(g => new { g.Key.PatientId, g.Key.Date, Count = 1 })
                .ToListAsync(cancellationToken))
            .ToLookup(w => w.PatientId, StringComparer.Ordinal);

        foreach (var patient in patients)
        {
            var today = patient.Today;
            var weekStart = today.AddDays(1 - Baselines.WeekDays);
            var pain = TriagePain.Of(painByPatient[patient.PatientId].ToDictionary(e => e.Date, e => (decimal)e.Pain), today);

            var flare = FlareTimeline.Build(flaresByPatient[patient.PatientId]
                .Where(e => e.Date <= today)
                .Select(e => new JournalEntry(e.Date) { Flare = e.Flare })).Ongoing;

            DateOnly? last = lastEntries.TryGetValue(patient.PatientId, out var l) ? l : null;
            int? daysSince = last is { } lastDate ? Math.Max(0, today.DayNumber - lastDate.DayNumber) : null;
            var wins = winsByPatient[patient.PatientId].Where(w => w.Date >= weekStart && w.Date <= today).Sum(w => w.Count);

            rows.Add((patient, new TriageRow(
                patient.PatientId,
                patient.DisplayName,
                last,
                daysSince,
                wins,
                pain.Now,
                pain.Date,
                pain.Baseline,
                flare?.Start,
                NoRecentEntry: daysSince is null or >= Baselines.WeekDays,
                PainAboveUsual: pain.AboveUsual)));
        }

        return rows;
    }

    /// <summary>A known sort with its direction (each column's natural one when none is given); anything else is attention-first.</summary>
    public static (string Sort, string Direction) Normalise(string? sort, string? direction)
    {
        var key = sort?.Trim().ToLowerInvariant();
        if (key is null || !Sorts.Contains(key))
        {
            return (AttentionSort, "desc");
        }

        var dir = direction?.Trim().ToLowerInvariant();
        if (dir is not ("asc" or "desc"))
        {
            dir = key is "name" or "last-entry" ? "asc" : "desc";
        }

        return (key, dir);
    }

    /// <summary>Unknown values (no entries, no pain) always sort last; ties go by name.</summary>
    private static List<TriageRow> Sort(List<TriageRow> rows, string key, bool descending)
    {
        IOrderedEnumerable<TriageRow> ordered = key switch
        {
            "name" => descending
                ? rows.OrderByDescending(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
                : rows.OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase),
            "last-entry" => By(rows, r => r.LastEntry, descending),
            "days-since" => By(rows, r => r.DaysSinceLastEntry, descending),
            "wins" => descending ? rows.OrderByDescending(r => r.WinsLastWeek) : rows.OrderBy(r => r.WinsLastWeek),
            "pain" => By(rows, r => r.PainNow, descending),
            _ => rows
                .OrderByDescending(r => r.FlagCount)
                .ThenByDescending(r => r.PainAboveUsual)
                .ThenByDescending(r => r.PainDifference ?? decimal.MinValue)
                .ThenByDescending(r => r.DaysSinceLastEntry ?? int.MaxValue),
        };
        return ordered
            .ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(r => r.PatientId, StringComparer.Ordinal)
            .ToList();
    }

    private static IOrderedEnumerable<TriageRow> By<T>(List<TriageRow> rows, Func<TriageRow, T?> value, bool descending)
        where T : struct
    {
        var known = rows.OrderBy(r => value(r) is null);
        return descending ? known.ThenByDescending(value) : known.ThenBy(value);
    }
}
