using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using Healactively.Domain.Wins;
using Healactively.Domain.Wins.Moments;

namespace Healactively.Web.Features.Wins;

/// <summary>One stored win as a moment card shows it: its sentence, the numbers behind it and the notes on it.</summary>
public sealed record WinFact(
    DateOnly Date,
    WinKind Kind,
    string Metric,
    WinWindow? Window,
    WinTier? Tier,
    decimal? Baseline,
    decimal? Value,
    string Message,
    string KindLabel,
    string? Numbers)
{
    /// <summary>What the patient's clinicians wrote about this win.</summary>
    public IReadOnlyList<WinNote> Notes { get; init; } = [];

    /// <summary>The shorter line shown under a moment's headline: "Also better than your usual last week (45 → 55 min)".</summary>
    public string Also { get; init; } = string.Empty;

    public WinShape Shape => new(Date, Kind, Metric, Window, Tier);

    public bool Meaningful => Tier == WinTier.Meaningful;

    /// <summary>The tier as a clinician reads it: <c>meaningful</c>, <c>small</c>, or empty for kinds without a tier.</summary>
    public string TierLabel => Tier switch { WinTier.Meaningful => "meaningful", WinTier.Micro => "small", _ => string.Empty };
}

/// <summary>
/// A moment (all the wins of one date about one subject, win-presentation.md) as a card: the strongest win is the
/// headline, the others are its supporting facts. The grouping and the order are the domain's <see cref="MomentGrouping"/>.
/// </summary>
public sealed class MomentCard(Moment<WinFact> moment, string subjectLabel)
{
    public DateOnly Date => moment.Date;

    /// <summary>A metric key, a checklist key, <c>flare</c> or <c>journal</c>.</summary>
    public string Subject => moment.Subject;

    /// <summary>The name a patient knows the subject by (Sitting, Journaling, Flare-ups, …).</summary>
    public string SubjectLabel => subjectLabel;

    /// <summary>The headline's kind as stored and exported: <c>improvement</c>, <c>personal_best</c>, …</summary>
    public string KindKey => moment.KindKey;

    /// <summary><c>week</c> or <c>month</c> for an improvement headline, otherwise null.</summary>
    public string? WindowKey => moment.WindowKey;

    public int Strength => moment.Strength;

    public WinFact Headline => moment.Headline;

    public IReadOnlyList<WinFact> Supporting => moment.Supporting;

    public IEnumerable<WinFact> All => moment.All;

    /// <summary>Any win of the moment is a clinically important change.</summary>
    public bool Meaningful => moment.All.Any(w => w.Meaningful);
}

/// <summary>Turns stored wins into moment cards, in the orders of win-presentation.md.</summary>
public static class MomentCards
{
    /// <summary>The tie-break order of subjects: the patient's form (built-in metrics, their own in order, checklist, flare, streak).</summary>
    public static SubjectOrder OrderOf(IEnumerable<MetricDefinition> metrics) => new(metrics);

    public static IReadOnlyList<MomentCard> StrongestFirst(IEnumerable<WinFact> wins, SubjectOrder order, IReadOnlyDictionary<string, MetricDefinition> metrics) =>
        Cards(MomentGrouping.StrongestFirst(wins, w => w.Shape, order), metrics);

    public static IReadOnlyList<MomentCard> NewestDateFirst(IEnumerable<WinFact> wins, SubjectOrder order, IReadOnlyDictionary<string, MetricDefinition> metrics) =>
        Cards(MomentGrouping.NewestDateFirst(wins, w => w.Shape, order), metrics);

    /// <summary>How many moments the wins make: what every count a person reads counts.</summary>
    public static int Count(IEnumerable<WinFact> wins) => MomentGrouping.Count(wins, w => w.Shape);

    /// <summary>"1 win", "5 wins": a count of moments in words.</summary>
    public static string Wins(int count) => count == 1 ? "1 win" : $"{count} wins";

    /// <summary>A stored win with its labels and numbers in the patient's units, ready for a card.</summary>
    public static WinFact Fact(
        DateOnly date, WinKind kind, string metric, WinWindow? window, WinTier? tier, decimal? baseline, decimal? value, decimal? delta, string message,
        IReadOnlyDictionary<string, MetricDefinition> metrics, DistanceUnit unit, WinNotes? notes = null)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var definition = metrics.GetValueOrDefault(metric);
        return new WinFact(date, kind, metric, window, tier, baseline, value, message, WinLabels.Kind(kind),
            WinLabels.Numbers(kind, window, baseline, value, delta, definition, unit))
        {
            Notes = notes?.ForWin(date, kind, metric, window) ?? [],
            Also = WinLabels.Also(kind, window, baseline, value, definition, unit),
        };
    }

    private static MomentCard[] Cards(IReadOnlyList<Moment<WinFact>> moments, IReadOnlyDictionary<string, MetricDefinition> metrics) =>
        [.. moments.Select(m => new MomentCard(m, WinLabels.Metric(m.Subject, metrics)))];
}
