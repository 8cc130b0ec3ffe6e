using Healactively.Domain.Metrics;

namespace Healactively.Web.Features.Care;

/// <summary>
/// The triage list's pain: the newest pain of the last 7 days (today included), its month baseline (the usual), and the
/// "pain above usual" flag, which does not cry wolf: at least <see cref="AboveNeeded"/> of the last
/// <see cref="RecentValues"/> recorded pain values are above that usual by at least the clinically important change.
/// One high day is not a flag.
/// </summary>
public sealed record TriagePain(decimal? Now, DateOnly? Date, decimal? Baseline, bool AboveUsual)
{
    public const int RecentValues = 3;
    public const int AboveNeeded = 2;

    /// <param name="pain">The patient's recorded pain by date; days after <paramref name="today"/> are ignored.</param>
    public static TriagePain Of(IReadOnlyDictionary<DateOnly, decimal> pain, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(pain);
        var weekStart = today.AddDays(1 - Baselines.WeekDays);
        var recent = pain.Keys.Where(d => d <= today).OrderDescending().Take(RecentValues).ToArray();
        if (recent.Length == 0 || recent[0] < weekStart)
        {
            return new TriagePain(null, null, null, false);
        }

        // Only values in the newest one's month window are recent: a pain from months ago is not part of this run.
        var newest = recent[0];
        recent = [.. recent.Where(d => d >= newest.AddDays(-Baselines.MonthDays))];
        var now = pain[newest];
        var baseline = Baselines.Month(pain, newest);
        var above = baseline is { } usual
            && recent.Count(d => Baselines.IsClinicallyImportantWorsening(BuiltInMetrics.Pain, pain[d], usual)) >= AboveNeeded;
        return new TriagePain(now, newest, baseline, above);
    }
}
