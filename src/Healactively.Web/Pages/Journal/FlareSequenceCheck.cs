using Healactively.Domain.Journal;
using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Pages.Journal;

/// <summary>Checks that a change keeps the patient's flare-up marks a valid sequence (spec: flare episodes).</summary>
public sealed class FlareSequenceCheck(AppDbContext db)
{
    /// <summary>A message for the patient when giving <paramref name="date"/> the mark <paramref name="mark"/> (null = deleting the day) breaks the sequence.</summary>
    public async Task<string?> ProblemAsync(string patientId, DateOnly date, FlareMark? mark, CancellationToken cancellationToken)
    {
        var marks = await db.JournalEntries.AsNoTracking()
            .Where(e => e.PatientId == patientId && e.Flare != FlareMark.None && e.Date != date)
            .Select(e => new JournalEntry(e.Date) { Flare = e.Flare })
            .ToListAsync(cancellationToken);
        if (mark is { } newMark and not FlareMark.None)
        {
            marks.Add(new JournalEntry(date) { Flare = newMark });
        }

        var problems = FlareTimeline.Build(marks).Problems;
        var problem = problems.Count > 0 ? problems[0] : null;
        if (problem is null)
        {
            return null;
        }

        return problem.Date == date
            ? problem.Message
            : $"This would break your flare-up record on {problem.Date:d MMMM yyyy}: {problem.Message}";
    }
}
