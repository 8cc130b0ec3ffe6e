using System.Globalization;
using Healactively.Domain.Journal;
using Healactively.Domain.Metrics;
using static Healactively.Domain.Metrics.MetricFormat;

namespace Healactively.Domain.Wins;

/// <summary>
/// The sentence shown with each win: warm, specific, with the numbers that prove it, never blaming.
/// Numbers are written as <see cref="MetricFormat"/> writes them, straight into the sentence (one allocation per win).
/// </summary>
internal static class WinSentences
{
    // Long enough for every sentence but those of custom metrics with long names (which then grow into a pooled buffer).
    private const int BufferLength = 192;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Improvement(
        MetricDefinition metric, WinWindow window, decimal baseline, decimal value, DistanceUnit distanceUnit)
    {
        var usual = window == WinWindow.Week ? "your usual last week" : "your usual over the last month";

        // The difference printed is the one between the two numbers printed (the stored delta stays exact).
        var delta = PrintedDifference(baseline, value);
        if (IsBuiltIn(metric, BuiltInMetrics.PainKey))
        {
            return string.Create(Invariant, stackalloc char[BufferLength],
                $"Your pain was {N(delta)} {Plural(delta, "point", "points")} lower than {usual} ({N(baseline)} → {N(value)}).");
        }

        if (IsBuiltIn(metric, BuiltInMetrics.SittingKey))
        {
            return string.Create(Invariant, stackalloc char[BufferLength],
                $"You sat {N(delta)} {Plural(delta, "minute", "minutes")} longer than {usual} ({N(baseline)} → {N(value)} min).");
        }

        if (IsBuiltIn(metric, BuiltInMetrics.WalkingKey))
        {
            return string.Create(Invariant, stackalloc char[BufferLength],
                $"You walked {new FormattedDistanceDifference(baseline, value, distanceUnit)} further than {usual} ({new FormattedDistanceChange(baseline, value, distanceUnit)}).");
        }

        var space = SpaceBefore(metric.Unit);
        return string.Create(Invariant, stackalloc char[BufferLength],
            $"Your {metric.Name} was {N(delta)}{space}{metric.Unit} better than {usual} ({N(baseline)} → {N(value)}{space}{metric.Unit}).");
    }

    public static string PersonalBest(MetricDefinition metric, decimal previousBest, decimal value, DistanceUnit distanceUnit)
    {
        if (IsBuiltIn(metric, BuiltInMetrics.PainKey))
        {
            return string.Create(Invariant, stackalloc char[BufferLength],
                $"Your lowest pain in a month: {N(value)}, beating your previous best of {N(previousBest)}.");
        }

        if (IsBuiltIn(metric, BuiltInMetrics.SittingKey))
        {
            return string.Create(Invariant, stackalloc char[BufferLength],
                $"Your longest sitting in a month: {N(value)} min, beating your previous best of {N(previousBest)} min.");
        }

        if (IsBuiltIn(metric, BuiltInMetrics.WalkingKey))
        {
            return string.Create(Invariant, stackalloc char[BufferLength],
                $"Your longest walk in a month: {new FormattedDistance(value, distanceUnit)}, beating your previous best of {new FormattedDistance(previousBest, distanceUnit)}.");
        }

        var space = SpaceBefore(metric.Unit);
        return string.Create(Invariant, stackalloc char[BufferLength],
            $"Your best {metric.Name} in a month: {N(value)}{space}{metric.Unit}, beating your previous best of {N(previousBest)}{space}{metric.Unit}.");
    }

    public static string FlareRecovery(int recoveryDays, decimal baseline, int earlierEpisodes)
    {
        var baselineDays = Plural(baseline, "day", "days");
        if (recoveryDays == 0)
        {
            return earlierEpisodes == 1
                ? string.Create(Invariant, stackalloc char[BufferLength], $"You recovered from this flare-up on the same day, faster than the {N(baseline)} {baselineDays} your last flare-up took.")
                : string.Create(Invariant, stackalloc char[BufferLength], $"You recovered from this flare-up on the same day, faster than your usual {N(baseline)} {baselineDays} over your last {earlierEpisodes} flare-ups.");
        }

        var days = recoveryDays == 1 ? "day" : "days";
        return earlierEpisodes == 1
            ? string.Create(Invariant, stackalloc char[BufferLength], $"You recovered from this flare-up in {recoveryDays} {days}, faster than the {N(baseline)} {baselineDays} your last flare-up took.")
            : string.Create(Invariant, stackalloc char[BufferLength], $"You recovered from this flare-up in {recoveryDays} {days}, faster than your usual {N(baseline)} {baselineDays} over your last {earlierEpisodes} flare-ups.");
    }

    public static string Streak(int days) => string.Create(Invariant, stackalloc char[BufferLength], $"You have journaled {days} days in a row.");

    private static FormattedNumber N(decimal value) => new(value);
}
