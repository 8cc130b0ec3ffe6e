using Healactively.Web.Features.Wins;

namespace Healactively.Web.Features.WeekInWins;

/// <summary>
/// One ISO week of a patient's journal: days journaled, the week's strongest moments, each metric this week against
/// last week, flare-ups, and the clinicians' notes of that week.
/// </summary>
public sealed record WeekInWinsView(
    DateOnly Monday,
    bool IsCurrentWeek,
    string? Notice,
    int DaysJournaled,
    int DaysSoFar,
    IReadOnlyList<WeekMoment> Moments,
    int MomentCount,
    IReadOnlyList<WeekMetricLine> Metrics,
    IReadOnlyList<string> Flares,
    IReadOnlyList<WeekNote> WeekNotes)
{
    /// <summary>Notes on wins of this week whose moment is not among the ones shown (or whose win has since changed).</summary>
    public IReadOnlyList<WeekNote> OtherNotes { get; init; } = [];

    public DateOnly Sunday => Monday.AddDays(6);

    public string Param => IsoWeeks.ToParam(Monday);

    public string PreviousParam => IsoWeeks.ToParam(Monday.AddDays(-7));

    /// <summary>Null for the current week: there is no next week yet.</summary>
    public string? NextParam => IsCurrentWeek ? null : IsoWeeks.ToParam(Monday.AddDays(7));

    /// <summary>Every note of the week, on a moment or on the week, newest first.</summary>
    public IEnumerable<WeekNote> AllNotes => WeekNotes.Concat(Moments.SelectMany(m => m.Notes)).Concat(OtherNotes);
}

/// <summary>A moment card (drawn as on Wins) and the notes on its wins, each marked new until the patient opens it.</summary>
public sealed record WeekMoment(MomentCard Card, IReadOnlyList<WeekNote> Notes);

/// <summary>One metric's usual (median) value this week and last week, in one plain sentence.</summary>
public sealed record WeekMetricLine(string MetricKey, string Sentence, WeekTrend Trend);

public enum WeekTrend
{
    Better,
    Same,
    Lower,
    OnlyOneWeek,
}

/// <summary>A clinician's note as the patient reads it; <see cref="IsNew"/> until they open it.</summary>
public sealed record WeekNote(long Id, DateOnly Date, string ClinicianName, string Text, bool IsNew, bool OnWeek);
