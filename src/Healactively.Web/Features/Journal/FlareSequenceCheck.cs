using Healactively.Domain.Journal;
using Healactively.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Healactively.Web.Features.Journal;

/// <summary>
/// Checks a change against the patient's flare-up marks (spec: flare episodes). A save is refused
/// when the saved day's own mark does not fit (a start while one is ongoing, an end with none).
/// Marks on other days may be left loose for a moment, because moving a flare's end takes two saves;
/// the journal page lists loose marks until they are fixed.
/// </summary>
public sealed class FlareSequenceCheck(AppDbContext db)
{
    /// <summary>Why giving <paramref name="date"/> the mark <paramref name="mark"/> does not fit, or null.</summary>
    public async Task<string?> SaveProblemAsync(string patientId, DateOnly date, FlareMark mark, CancellationToken cancellationToken)
    {
        var others = await OtherMarksAsync(patientId, date, cancellationToken);
        if (mark != FlareMark.None)
        {
            others.Add(new JournalEntry(date) { Flare = mark });
        }

        return FlareTimeline.Build(others).Problems.FirstOrDefault(p => p.Date == date)?.Message;
    }

    /// <summary>Why deleting the mark on <paramref name="date"/> would break a flare-up that is whole now, or null.</summary>
    public async Task<string?> DeleteProblemAsync(string patientId, DateOnly date, CancellationToken cancellationToken)
    {
        var others = await OtherMarksAsync(patientId, date, cancellationToken);
        var after = FlareTimeline.Build(others).Problems;
        var withDay = others.Append(new JournalEntry(date) { Flare = await MarkOnAsync(patientId, date, cancellationToken) });
        var before = FlareTimeline.Build(withDay).Problems.Select(p => p.Date).ToHashSet();
        var broken = after.FirstOrDefault(p => !before.Contains(p.Date));
        return broken is null
            ? null
            : $"This day holds a flare-up mark that your record on {broken.Date:d MMMM yyyy} depends on: {broken.Message} Change that day first.";
    }

    /// <summary>The patient's flare-up episodes and any loose marks, as the journal stands.</summary>
    public async Task<FlareTimeline> TimelineAsync(string patientId, CancellationToken cancellationToken) =>
        FlareTimeline.Build(await OtherMarksAsync(patientId, date: null, cancellationToken));

    private Task<FlareMark> MarkOnAsync(string patientId, DateOnly date, CancellationToken cancellationToken) =>
        db.JournalEntries.Where(e => e.PatientId == patientId && e.Date == date).Select(e => e.Flare).SingleOrDefaultAsync(cancellationToken);

    private Task<List<JournalEntry>> OtherMarksAsync(string patientId, DateOnly? date, CancellationToken cancellationToken) =>
        db.JournalEntries.AsNoTracking()
            .Where(e => e.PatientId == patientId && e.Flare != FlareMark.None && e.Date != date)
            .Select(e => new JournalEntry(e.Date) { Flare = e.Flare })
            .ToListAsync(cancellationToken);
}
