using Healactively.Domain.Metrics;
using Healactively.Web.Data;
using Healactively.Web.Data.Entities;

namespace Healactively.Web.Features.Demo;

/// <summary>
/// Maya's weekly check-ins: three PSFS activities rated over five weeks, getting easier, PEG easing, one goal already
/// reached (sitting) and one in progress (walking). Added inside her journal's write, so the wins come with them.
/// </summary>
internal static class DemoOutcomes
{
    private static readonly (string Name, int[] Ratings)[] Activities =
    [
        ("Carry the shopping up the stairs", [2, 3, 4, 5, 6]),
        ("Sit through a work meeting", [3, 3, 5, 6, 7]),
        ("Tie my shoes standing up", [1, 2, 2, 4, 5]),
    ];

    private static readonly (int Pain, int Enjoyment, int Activity)[] Peg = [(7, 7, 8), (6, 7, 7), (6, 6, 6), (5, 5, 5), (4, 4, 5)];

    public static async Task AddAsync(AppDbContext db, string patientId, IReadOnlyList<JournalEntryRecord> journal, DateOnly lastDay, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var activities = Activities.Select(a => new PsfsActivity { PatientId = patientId, Name = a.Name, CreatedAt = now, AcceptedAt = now }).ToList();
        db.PsfsActivities.AddRange(activities);
        await db.SaveChangesAsync(cancellationToken); // the ratings need the activities' ids

        for (var week = 0; week < Peg.Length; week++)
        {
            var checkIn = new OutcomeCheckIn
            {
                PatientId = patientId,
                Date = lastDay.AddDays(-7 * (Peg.Length - 1 - week)),
                PegPain = Peg[week].Pain,
                PegEnjoyment = Peg[week].Enjoyment,
                PegActivity = Peg[week].Activity,
                CreatedAt = now,
                UpdatedAt = now,
            };
            for (var a = 0; a < activities.Count; a++)
            {
                checkIn.Ratings.Add(new PsfsRating { ActivityId = activities[a].Id, Rating = Activities[a].Ratings[week] });
            }

            db.OutcomeCheckIns.Add(checkIn);
        }

        var setOn = lastDay.AddDays(-35);
        var sitting = journal.Where(e => e.SittingMinutes is not null).ToList();
        var walking = journal.Where(e => e.WalkingMeters is not null).ToList();
        if (sitting.Count > 0)
        {
            var target = sitting.Where(e => e.Date > setOn).Select(e => e.SittingMinutes!.Value).DefaultIfEmpty(sitting[^1].SittingMinutes!.Value).Max();
            db.Goals.Add(Goal(patientId, "Sit through a film", BuiltInMetrics.SittingKey, target, setOn, StartOf(sitting.Select(e => (e.Date, (decimal)e.SittingMinutes!.Value)), setOn), now));
        }

        if (walking.Count > 0)
        {
            var target = Math.Round(walking.Max(e => e.WalkingMeters!.Value) * 1.5m / 100m) * 100m;
            db.Goals.Add(Goal(patientId, "Walk to the park and back", BuiltInMetrics.WalkingKey, target, lastDay.AddDays(-14), StartOf(walking.Select(e => (e.Date, (decimal)e.WalkingMeters!.Value)), lastDay.AddDays(-14)), now));
        }
    }

    private static GoalRecord Goal(string patientId, string title, string metric, decimal target, DateOnly setOn, decimal? start, DateTimeOffset now) => new()
    {
        PatientId = patientId,
        Title = title,
        Metric = metric,
        Target = target,
        SetOn = setOn,
        StartingPoint = start,
        CreatedAt = now,
        AcceptedAt = now,
    };

    private static decimal? StartOf(IEnumerable<(DateOnly Date, decimal Value)> values, DateOnly day)
    {
        var month = values.Where(v => v.Date < day && v.Date >= day.AddDays(-Baselines.MonthDays)).Select(v => v.Value).ToList();
        return month.Count > 0 ? Baselines.Median(month) : null;
    }
}
