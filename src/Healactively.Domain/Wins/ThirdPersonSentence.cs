using System.Globalization;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using static Healactively.Domain.Metrics.MetricFormat;

namespace Healactively.Domain.Wins;

/// <summary>
/// A win's sentence for a reader who is not the patient (a supporter now, a clinician's report later): built from the
/// win's structured fields (kind, metric, window, baseline, value), never from the stored <see cref="Win.Message"/>,
/// which speaks to the patient ("You sat …"). It names the patient by the name given, or says "they" when there is
/// none, and never says "you" or "your". The numbers are printed as <see cref="WinSentences"/> prints them, so the
/// difference shown is the one between the two values shown.
/// </summary>
public static class ThirdPersonSentence
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <param name="win">The win as stored (its message is not read).</param>
    /// <param name="metric">The win's metric when it has one (built-in or the patient's own), else null.</param>
    /// <param name="patientName">The patient's name as the reader should see it; blank for neutral phrasing ("they").</param>
    /// <param name="distanceUnit">The reader's unit for distances.</param>
    /// <param name="subjectName">For outcome wins: the PSFS activity's name or the goal's title, when the reader may see it.</param>
    public static string For(Win win, MetricDefinition? metric, string? patientName, DistanceUnit distanceUnit, string? subjectName = null)
    {
        ArgumentNullException.ThrowIfNull(win);
        var who = Who.Of(patientName);
        return win.Kind switch
        {
            WinKind.Improvement when metric is not null && win.Baseline is { } b && win.Value is { } v =>
                Improvement(who, metric, win.Window ?? WinWindow.Week, b, v, distanceUnit),
            WinKind.PersonalBest when metric is not null && win.Baseline is { } b && win.Value is { } v =>
                PersonalBest(who, metric, b, v, distanceUnit),
            WinKind.FlareRecoveryFaster when win.Baseline is { } b && win.Value is { } v => FlareRecovery(who, v, b),
            WinKind.Streak when win.Value is { } n =>
                string.Create(Invariant, $"{who.Name} {who.Has} journaled {FormatNumber(n)} days in a row."),
            WinKind.MicroWin => Functional(who, win.Metric, first: false),
            WinKind.FirstIn30Days => Functional(who, win.Metric, first: true),
            WinKind.PsfsActivity when win.Baseline is { } b && win.Value is { } v => string.IsNullOrWhiteSpace(subjectName)
                ? string.Create(Invariant, $"{who.PossessiveName} rating of one of the activities that were hard rose from {N(b)} to {N(v)} since the first rating.")
                : string.Create(Invariant, $"{subjectName.Trim()}: {N(b)} → {N(v)} since {who.Possessive} first rating."),
            WinKind.PsfsScore when win.Baseline is { } b && win.Value is { } v =>
                string.Create(Invariant, $"{who.PossessiveName} activities score (PSFS) rose from {N(b)} to {N(v)} since the first ratings."),
            WinKind.PegScore when win.Baseline is { } b && win.Value is { } v =>
                string.Create(Invariant, $"{who.PossessiveName} pain and its interference (PEG) eased from {N(b)} to {N(v)} since the first check-in."),
            WinKind.GoalReached when win.Value is { } v => string.IsNullOrWhiteSpace(subjectName)
                ? string.Create(Invariant, $"{who.Name} reached a goal ({N(v)}).")
                : string.Create(Invariant, $"{who.Name} reached a goal: {subjectName.Trim()} ({N(v)})."),
            _ => string.Create(Invariant, $"{who.Name} {who.Has} a new win."),
        };
    }

    private static string Improvement(Who who, MetricDefinition metric, WinWindow window, decimal baseline, decimal value, DistanceUnit unit)
    {
        var usual = window == WinWindow.Week ? $"{who.Possessive} usual last week" : $"{who.Possessive} usual over the last month";
        var delta = PrintedDifference(baseline, value);
        if (IsBuiltIn(metric, BuiltInMetrics.PainKey))
        {
            return string.Create(Invariant,
                $"{who.PossessiveName} pain was {N(delta)} {Plural(delta, "point", "points")} lower than {usual} ({N(baseline)} → {N(value)}).");
        }

        if (IsBuiltIn(metric, BuiltInMetrics.SittingKey))
        {
            return string.Create(Invariant,
                $"{who.Name} sat {N(delta)} {Plural(delta, "minute", "minutes")} longer than {usual} ({N(baseline)} → {N(value)} min).");
        }

        if (IsBuiltIn(metric, BuiltInMetrics.WalkingKey))
        {
            return string.Create(Invariant,
                $"{who.Name} walked {FormatDistanceDifference(baseline, value, unit)} further than {usual} ({FormatDistanceChange(baseline, value, unit)}).");
        }

        var space = SpaceBefore(metric.Unit);
        return string.Create(Invariant,
            $"{who.PossessiveName} {metric.Name} was {N(delta)}{space}{metric.Unit} better than {usual} ({N(baseline)} → {N(value)}{space}{metric.Unit}).");
    }

    private static string PersonalBest(Who who, MetricDefinition metric, decimal previousBest, decimal value, DistanceUnit unit)
    {
        if (IsBuiltIn(metric, BuiltInMetrics.PainKey))
        {
            return string.Create(Invariant, $"{who.PossessiveName} lowest pain in a month: {N(value)}, beating the previous best of {N(previousBest)}.");
        }

        if (IsBuiltIn(metric, BuiltInMetrics.SittingKey))
        {
            return string.Create(Invariant, $"{who.PossessiveName} longest sitting in a month: {N(value)} min, beating the previous best of {N(previousBest)} min.");
        }

        if (IsBuiltIn(metric, BuiltInMetrics.WalkingKey))
        {
            return string.Create(Invariant,
                $"{who.PossessiveName} longest walk in a month: {FormatDistance(value, unit)}, beating the previous best of {FormatDistance(previousBest, unit)}.");
        }

        var space = SpaceBefore(metric.Unit);
        return string.Create(Invariant,
            $"{who.PossessiveName} best {metric.Name} in a month: {N(value)}{space}{metric.Unit}, beating the previous best of {N(previousBest)}{space}{metric.Unit}.");
    }

    private static string FlareRecovery(Who who, decimal recoveryDays, decimal baseline)
    {
        var usual = string.Create(Invariant, $"faster than the usual {N(baseline)} {Plural(baseline, "day", "days")}");
        return recoveryDays == 0
            ? $"{who.Name} recovered from a flare-up on the same day, {usual}."
            : string.Create(Invariant, $"{who.Name} recovered from a flare-up in {N(recoveryDays)} {Plural(recoveryDays, "day", "days")}, {usual}.");
    }

    private static string Functional(Who who, string key, bool first)
    {
        var what = key switch
        {
            "stood_without_wincing" => "stood up without wincing",
            "slept_through_night" => "slept through the night",
            "carried_without_hesitation" => "carried something without hesitating",
            "walked_confidently" => "walked with confidence",
            "did_avoided_movement" => "did a movement that had been avoided for a while",
            _ => "ticked a functional win",
        };
        return first
            ? $"The first time in 30 days: {who.Name} {what}."
            : $"{who.Name} {what}.";
    }

    private static string N(decimal value) => FormatNumber(value);

    /// <summary>How the sentence names the patient: "Maya", "Maya's", "has"; or "They", "Their", "have".</summary>
    private readonly record struct Who(string Name, string PossessiveName, string Possessive, string Has)
    {
        public static Who Of(string? name)
        {
            var trimmed = name?.Trim();
            if (string.IsNullOrEmpty(trimmed))
            {
                return new Who("They", "Their", "their", "have");
            }

            var possessive = trimmed.EndsWith('s') ? trimmed + "'" : trimmed + "'s";
            return new Who(trimmed, possessive, possessive, "has");
        }
    }
}
