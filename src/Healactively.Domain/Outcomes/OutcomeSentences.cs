using System.Globalization;
using Healactively.Domain.Metrics;

namespace Healactively.Domain.Outcomes;

/// <summary>The patient's sentences of the outcome wins, with the numbers that prove them.</summary>
internal static class OutcomeSentences
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Activity(string name, int first, int now, int days) =>
        Fit(string.Create(Invariant, $"{name}: {first} → {now} since your first rating ({Ago(days)})."));

    public static string Score(decimal before, decimal now, int days) =>
        string.Create(Invariant, $"Your activities score (PSFS) rose from {N(before)} to {N(now)} since your first ratings ({Ago(days)}).");

    public static string Peg(decimal before, decimal now, int days) =>
        string.Create(Invariant, $"Pain and how much it gets in your way (PEG) eased from {N(before)} to {N(now)} since your first check-in ({Ago(days)}).");

    public static string Goal(string title, decimal value, decimal target) =>
        Fit(string.Create(Invariant, $"Goal reached: {title} ({N(value)}, your target was {N(target)})."));

    /// <summary>"5 days ago", "1 week ago", "3 weeks ago".</summary>
    public static string Ago(int days)
    {
        if (days % 7 == 0 && days > 0)
        {
            var weeks = days / 7;
            return weeks == 1 ? "1 week ago" : string.Create(Invariant, $"{weeks} weeks ago");
        }

        if (days < 14)
        {
            return days == 1 ? "1 day ago" : string.Create(Invariant, $"{days} days ago");
        }

        return string.Create(Invariant, $"about {(int)Math.Round(days / 7m, MidpointRounding.AwayFromZero)} weeks ago");
    }

    private static string N(decimal value) => MetricFormat.FormatNumber(value);

    // Stored messages are at most 300 characters; names and titles are at most 80, so this never cuts a real sentence.
    private static string Fit(string sentence) => sentence.Length <= 300 ? sentence : sentence[..299] + "…";
}
