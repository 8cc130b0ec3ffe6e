using Healactively.Domain.Metrics;

namespace Healactively.Web.Features.Care;

/// <summary>
/// The triage list's pain: the newest pain of the last 7 days (today included), its month baseline, and whether it is
/// above that usual by a clinically important change (the "pain above usual" flag).
/// </summary>
public sealed record TriagePain(decimal? Now, DateOnly? Date, decimal? Baseline, bool AboveUsual)
{
    /// <param name="pain">The patient's recorded pain by date; days after <paramref name="today"/> are ignored.</param>
    public static TriagePain Of(IReadOnlyDictionary<DateOnly, decimal> pain, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(pain);
        var weekStart = today.AddDays(1 - Baselines.WeekDays);
        DateOnly? date = pain.Keys.Where(d => d >= weekStart && d <= today).Select(d => (DateOnly?)d).Max();
        if (date is not { } newest)
        {
            return new TriagePain(null, null, null, false);
        }

        var now = pain[newest];
        var baseline = Baselines.Month(pain, newest);
        var above = baseline is { } usual && Baselines.IsClinicallyImportantWorsening(BuiltInMetrics.Pain, now, usual);
        return new TriagePain(now, newest, baseline, above);
    }
}
