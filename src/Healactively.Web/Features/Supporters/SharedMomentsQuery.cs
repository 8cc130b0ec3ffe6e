using Healactively.Domain.Calendar;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using Healactively.Web.Data;
using Healactively.Web.Features.Patients;
using Healactively.Web.Features.Wins;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Supporters;

/// <summary>The moments of one date a supporter may see, strongest first.</summary>
public sealed record SharedDay(DateOnly Date, IReadOnlyList<MomentCard> Moments);

/// <summary>The week so far, as a supporter reads it: days journaled and shared wins, counted as moments.</summary>
public sealed record SharedWeek(DateOnly Monday, int DaysJournaled, int DaysSoFar, int Moments);

/// <summary>One page of what a patient shares with one supporter.</summary>
public sealed record SharedMomentsView(
    long LinkId,
    string PatientName,
    string SeesWords,
    IReadOnlyList<SharedDay> Days,
    SharedWeek? Week,
    int PageNumber,
    int PageCount);

/// <summary>
/// What a supporter sees of a patient: the moments of the subjects the link shares, newest date first, paginated by
/// dates (as the Wins page), each sentence written for a reader who is not the patient (<see cref="ThirdPersonSentence"/>),
/// and the week summary when shared. Nothing else is read: no journal text, no notes, no "who looked" list.
/// </summary>
public sealed class SharedMomentsQuery(AppDbContext db)
{
    public const int DatesPerPage = 20;

    /// <returns>Null when the supporter has no active link with the patient (the page filter has already said so).</returns>
    public async Task<SharedMomentsView?> RunAsync(PatientContext patient, string supporterId, int pageNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var link = await db.SupporterLinks.AsNoTracking()
            .Where(l => l.PatientId == patient.PatientId && l.SupporterId == supporterId && l.RevokedAt == null)
            .OrderByDescending(l => l.Id)
            .Select(l => new { l.Id, l.Subjects, l.ShareWeekSummary })
            .FirstOrDefaultAsync(cancellationToken);
        if (link is null)
        {
            return null;
        }

        var customMetrics = await db.CustomMetrics.AsNoTracking()
            .Where(m => m.PatientId == patient.PatientId)
            .OrderBy(m => m.Id)
            .ToListAsync(cancellationToken);
        IReadOnlyList<MetricDefinition> metricList = [.. BuiltInMetrics.All, .. customMetrics.Select(m => m.ToDomain())];
        var metrics = metricList.ToDictionary(m => m.Key, StringComparer.Ordinal);
        var subjects = SupporterSubjects.Parse(link.Subjects, customMetrics.Select(m => m.Key));
        var keys = SupporterSubjects.WinMetricKeys(subjects).ToArray();
        var words = SupporterSubjects.Words(subjects, link.ShareWeekSummary, customMetrics.ToDictionary(m => m.Key, m => m.Name, StringComparer.Ordinal));

        var shared = db.Wins.AsNoTracking().Where(w => w.PatientId == patient.PatientId && keys.Contains(w.Metric));
        var dates = shared.Select(w => w.Date).Distinct();
        var dateCount = await dates.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (dateCount + DatesPerPage - 1) / DatesPerPage);
        var page = Math.Clamp(pageNumber, 1, pageCount);
        var pageDates = await dates.OrderByDescending(d => d).Skip((page - 1) * DatesPerPage).Take(DatesPerPage).ToListAsync(cancellationToken);

        IReadOnlyList<SharedDay> days = [];
        if (pageDates.Count > 0)
        {
            var newest = pageDates[0];
            var oldest = pageDates[^1];
            var rows = await shared
                .Where(w => w.Date >= oldest && w.Date <= newest)
                .Select(w => new { w.Date, w.Kind, w.Metric, w.Window, w.Baseline, w.Value, w.Delta, w.Tier })
                .ToListAsync(cancellationToken);
            var facts = rows.Select(r => MomentCards.Fact(
                r.Date, r.Kind, r.Metric, r.Window, r.Tier, r.Baseline, r.Value, r.Delta,
                ThirdPersonSentence.For(new Win(r.Date, r.Kind, r.Metric, r.Window, r.Baseline, r.Value, r.Delta, r.Tier, string.Empty),
                    metrics.GetValueOrDefault(r.Metric), patient.DisplayName, patient.DistanceUnit),
                metrics, patient.DistanceUnit));
            days = [.. MomentCards.NewestDateFirst(facts, MomentCards.OrderOf(metricList), metrics)
                .GroupBy(m => m.Date)
                .Select(day => new SharedDay(day.Key, [.. day]))];
        }

        SharedWeek? week = null;
        if (link.ShareWeekSummary)
        {
            var monday = PatientCalendar.MondayOf(patient.Today);
            var journaled = await db.JournalEntries.AsNoTracking()
                .CountAsync(e => e.PatientId == patient.PatientId && e.Date >= monday && e.Date <= patient.Today, cancellationToken);
            var moments = await shared.Where(w => w.Date >= monday && w.Date <= patient.Today)
                .Select(w => new { w.Date, w.Metric }).Distinct().CountAsync(cancellationToken);
            week = new SharedWeek(monday, journaled, patient.Today.DayNumber - monday.DayNumber + 1, moments);
        }

        return new SharedMomentsView(link.Id, patient.DisplayName, words, days, week, page, pageCount);
    }
}

/// <summary>A patient who shares with the signed-in supporter.</summary>
public sealed record SharingPatient(string PatientId, string Name, string SeesWords);

/// <summary>The supporter's list of people who share with them.</summary>
public sealed class SupportingQuery(AppDbContext db)
{
    public async Task<IReadOnlyList<SharingPatient>> RunAsync(string supporterId, CancellationToken cancellationToken = default)
    {
        var rows = await db.SupporterLinks.AsNoTracking()
            .Where(l => l.SupporterId == supporterId && l.RevokedAt == null)
            .Join(db.Users, l => l.PatientId, u => u.Id, (l, u) => new { l.PatientId, u.DisplayName, l.Subjects, l.ShareWeekSummary, l.CreatedAt })
            .ToListAsync(cancellationToken);
        var patientIds = rows.Select(r => r.PatientId).Distinct().ToArray();
        var custom = await db.CustomMetrics.AsNoTracking()
            .Where(m => patientIds.Contains(m.PatientId))
            .Select(m => new { m.PatientId, m.Key, m.Name })
            .ToListAsync(cancellationToken);
        return [.. rows
            .OrderBy(r => r.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.CreatedAt)
            .DistinctBy(r => r.PatientId)
            .Select(r =>
            {
                var mine = custom.Where(c => c.PatientId == r.PatientId).ToArray();
                var subjects = SupporterSubjects.Parse(r.Subjects, mine.Select(c => c.Key));
                return new SharingPatient(r.PatientId, r.DisplayName, SupporterSubjects.Words(subjects, r.ShareWeekSummary, mine.ToDictionary(c => c.Key, c => c.Name, StringComparer.Ordinal)));
            })];
    }
}
